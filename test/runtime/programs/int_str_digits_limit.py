# The int <-> str digit limit (3.11: 4300 by default, sys.set_int_max_str_digits / get_int_max_str_digits).
import sys
x=10**4299
print(len(str(x)), len(str(-x)))
try: print(len(str(-(10**4300 - 1))))
except ValueError as e: print(e)
try: print(len(str(10**4300)))
except ValueError as e: print(e)
sys.set_int_max_str_digits(5000); print(len(str(10**4500)))
try: sys.set_int_max_str_digits(5)
except ValueError as e: print(e)
print(sys.get_int_max_str_digits())
try: int('1'*5001)
except ValueError as e: print(e)
print(len(hex(10**6000)))
sys.set_int_max_str_digits(0); print(len(str(10**9000)))
sys.set_int_max_str_digits(maxdigits=700)
for f in (lambda: '%d' % 10**800, lambda: f'{10**800:,}', lambda: '{}'.format(10**800), lambda: print(10**800), lambda: repr([10**800])):
  try: f()
  except ValueError as e: print(e)
