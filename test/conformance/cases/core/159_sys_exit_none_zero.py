import sys
try:
    sys.exit()
except SystemExit as e:
    print('caught', repr(e), e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print('caught', e.code)
print('then exit None')
sys.exit(None)
