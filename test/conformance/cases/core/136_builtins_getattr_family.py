class C:
    x = 1
c = C()
print(getattr(c, 'x'), getattr(c, 'y', 'dflt'), hasattr(c, 'x'), hasattr(c, 'y'))
setattr(c, 'y', 2)
print(c.y, vars(c))
delattr(c, 'y')
print(hasattr(c, 'y'))
try:
    getattr(c, 'zz')
except AttributeError as e:
    print('AttributeError', e)
try:
    getattr(c, 5)
except TypeError as e:
    print('TypeError', e)
try:
    vars(5)
except TypeError as e:
    print('TypeError', e)
print(sorted(vars(C).keys() - {'__dict__', '__weakref__', '__module__', '__doc__', '__qualname__'}))
print(getattr([], 'append').__name__, getattr(1, 'real'))
