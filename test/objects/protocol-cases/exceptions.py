class MyError(Exception):
    def __init__(self, msg, code):
        super().__init__(msg, code)
        self.code = code
try:
    raise MyError('bad', 3)
except MyError as e:
    print(repr(e), format(e), e.args, e.code, isinstance(e, Exception))
print(repr(ValueError('x')), repr(ValueError()), repr(ValueError(1, 2)), format(ValueError()), format(ValueError('a')), format(ValueError(1, 2)))
print(repr(KeyError('a')), format(KeyError('a')), format(KeyError()), format(KeyError(1, 2)))
print(StopIteration(5).value, StopIteration().value, SystemExit().code, SystemExit(2).code, SystemExit(1, 2).code)
print(repr(OSError(2, 'x')), format(OSError(2, 'x', 'f')), format(OSError(2, 'x', 'f', None, 'g')), format(OSError(1)), OSError(2, 'x', 'f').args, OSError(2,'x').errno, OSError(2,'x').strerror)
print(type(OSError(2, 'No such file')).__name__, type(OSError(13, 'x')).__name__, type(OSError('a')).__name__)
print(format(SyntaxError('m', ('f/x.py', 3, 4, 'txt'))), format(SyntaxError('m', (None, 3, 4, 'txt'))), format(SyntaxError('m')), SyntaxError('m', ('x.py', 3, 4, 'txt')).lineno)
print(format(ImportError('m', name='n', path='p')), ImportError('m').name, repr(ImportError('a', name='x')), ImportError('q', name='x').name)
try:
    ValueError(x=1)
except TypeError as e:
    print(e)
try:
    ImportError(x=1)
except TypeError as e:
    print(e)
e = ValueError('a')
e.args = [1, 2]
print(e.args)
e.add_note('note1')
print(e.__notes__)
try:
    e.add_note(1)
except TypeError as x:
    print(x)
try:
    e.__cause__ = 1
except TypeError as x:
    print(x)
e.__cause__ = KeyError('k')
print(repr(e.__cause__), e.__suppress_context__, e.__context__, e.__traceback__ is None or True)
try:
    try:
        raise KeyError('inner')
    except KeyError as k:
        raise ValueError('outer') from k
except ValueError as v:
    print(repr(v.__cause__), repr(v.__context__), v.__suppress_context__)
print(ValueError.__mro__)
print(issubclass(FileNotFoundError, OSError), AttributeError('x', name='n', obj=1).obj)
class E2(KeyError): pass
print(format(E2('z')), repr(E2('z')))
e3 = Exception('a')
e3.foo = 1
print(e3.foo, e3.__dict__)
try:
    class X:
        pass
    X().nope
except AttributeError as ae:
    print(ae.name, type(ae.obj).__name__)
