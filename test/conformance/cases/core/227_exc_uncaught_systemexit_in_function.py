import sys
def quit_with(code):
    print('quitting', code)
    sys.exit(code)
try:
    quit_with(7)
finally:
    print('finally still runs')
