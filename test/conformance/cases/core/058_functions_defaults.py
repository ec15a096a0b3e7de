def f(a, b=2, c=[]):
    c.append(a)
    return a, b, c
print(f(1), f(2, 3), f(3))
print(f.__defaults__[0], f.__name__, f.__qualname__)
def g(x, y=None):
    if y is None:
        y = []
    y.append(x)
    return y
print(g(1), g(2))
try:
    f()
except TypeError as e:
    print('TypeError', e)
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print('TypeError', e)
