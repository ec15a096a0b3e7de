import sys
sys.stdout.write('partial output\n')
raise ValueError
