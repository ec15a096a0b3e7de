def f(a, b=2, *args, c=3, **kw):
    return f'a={a} b={b} args={args} c={c} kw={kw}'
print(f(1))
print(f(1, 2, 3, 4, c=5, d=6))
print(f(*range(4), **{'c': 'C', 'z': 'Z'}))
print(f(a=1, b=2, c=3, e=4))
opts = {'sep': '-', 'end': '.\n'}
print('a', 'b', **opts)
def g(**kw):
    return kw
print(g(**{'x': 1}, y=2, **{'z': 3}))
try:
    g(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError', e)
try:
    g(**{1: 2})
except TypeError as e:
    print('TypeError', e)
