def f(a, b, /, c, *, d, e=5):
    return a, b, c, d, e
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4, e=6))
try:
    f(1, b=2, c=3, d=4)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
def g(*, only):
    return only
print(g(only='k'), f.__kwdefaults__, f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_posonlyargcount)
def posonly_kw(a, /, **kw):
    return a, kw
print(posonly_kw(1, a=2))
