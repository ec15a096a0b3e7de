e = ValueError('bad', 42)
print(e.args, str(e), repr(e))
print(str(ValueError()), repr(ValueError()), repr(ValueError('x')), str(ValueError('x')))
print(str(KeyError('k')), repr(KeyError('k')), str(KeyError('a', 'b')), str(KeyError()))
print(repr(StopIteration(5)), StopIteration(5).value, StopIteration().value)
print(repr(OSError(2, 'No such file')), OSError(2, 'No such file').errno, str(OSError(2, 'No such file', 'f.txt')))
print(repr(SystemExit(3)), SystemExit(3).code, SystemExit().code)
class MyErr(Exception):
    pass
print(repr(MyErr('m')), str(MyErr(1, 2)), MyErr.__mro__[1].__name__)
