class C:
    a = 1
    def f(self): return 'f'
print(getattr(C, 'a'), C.__dict__['a'], 'f' in dir(C), hasattr(C, '__init__'))
c = C()
c.b = 2
print(vars(c), sorted(n for n in dir(c) if not n.startswith('_')))
C.a = 10
print(c.a)
C.g = lambda self: 'added later'
print(c.g())
print(type(C.f).__name__, type(c.f).__name__, c.f == c.f, c.f is c.f)
print(C.__name__, C.__class__, c.__class__.__bases__, object.__bases__, C.__mro__)
