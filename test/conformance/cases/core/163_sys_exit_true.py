import sys
print('exit True')
sys.exit(True)
