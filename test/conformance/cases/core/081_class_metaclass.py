class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get('tag', 'none')
        return cls
    def __call__(cls, *a):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a)
    def describe(cls):
        return 'class ' + cls.__name__
class Base(metaclass=Meta, tag='t1'):
    def __init__(self, x):
        self.x = x
class Sub(Base):
    y = 1
b = Sub(7)
print(b.x, Base.tag, Sub.tag, type(Base).__name__, Sub.describe(), isinstance(Sub, Meta))
Dyn = type('Dyn', (object,), {'v': 3, 'get': lambda self: self.v})
print(Dyn().get(), Dyn.__name__, type(Dyn), type(type))
