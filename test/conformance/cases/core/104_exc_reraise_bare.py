def handler():
    try:
        int('x')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    handler()
except ValueError as e:
    print('caught again', e)
try:
    raise
except RuntimeError as e:
    print('RuntimeError', e)
import sys
try:
    raise KeyError('kk')
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, v, tb is not None)
print(sys.exc_info())
