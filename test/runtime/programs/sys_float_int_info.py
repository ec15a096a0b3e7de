# sys.float_info / sys.int_info structseqs.
import sys
print(sys.float_info)
print(sys.int_info, sys.float_info.max, sys.float_info[8], sys.float_info.epsilon == 2.0**-52)
