import sys
print('about to exit with message')
sys.exit('fatal: configuration missing')
