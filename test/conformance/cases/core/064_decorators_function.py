import functools
calls = []
def trace(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        calls.append(fn.__name__)
        return fn(*a, **k)
    return wrapper
@trace
def add(a, b):
    """Add two."""
    return a + b
print(add(2, 3), add.__name__, add.__doc__, calls, add.__wrapped__(1, 1))
def repeat(n):
    def deco(fn):
        def inner(*a):
            return [fn(*a) for _ in range(n)]
        return inner
    return deco
@repeat(3)
def hi(x):
    return 'hi ' + x
print(hi('bob'))
def d1(f):
    print('applying d1')
    return lambda: 'd1(' + f() + ')'
def d2(f):
    print('applying d2')
    return lambda: 'd2(' + f() + ')'
@d1
@d2
def base():
    return 'base'
print(base())
