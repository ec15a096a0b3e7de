try:
    {}['key']
except LookupError as e:
    print(type(e).__name__, e.args, isinstance(e, KeyError))
try:
    int('x')
except Exception as e:
    print(e.__class__.__name__, e.__class__.__mro__[1].__name__)
e = Exception('a', 'b')
e.args = ('changed',)
print(e, e.args)
err = ValueError('orig')
err2 = err.with_traceback(None)
print(err2 is err)
print(BaseException.__subclasses__()[:0], len(Exception.__subclasses__()) > 10)
try:
    raise TypeError
except TypeError as e:
    print(repr(e), str(e) == '')
class E(Exception):
    def __init__(self):
        super().__init__('fixed message')
print(E(), repr(E()))
