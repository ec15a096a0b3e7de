def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(1, b=2, **{'c': 3}))
def g(a, *rest, key='k', **extra):
    return a, rest, key, extra
print(g(1), g(1, 2, 3, key='x', z=9))
try:
    g()
except TypeError as e:
    print('TypeError', e)
try:
    g(1, a=2)
except TypeError as e:
    print('TypeError', e)
def h(a, b):
    return a - b
try:
    h(1, 2, c=3)
except TypeError as e:
    print('TypeError', e)
try:
    h(1)
except TypeError as e:
    print('TypeError', e)
print(h(b=1, a=5))
