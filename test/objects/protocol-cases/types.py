class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['added'] = kw.get('tag', 'none')
        cls = super().__new__(mcls, name, bases, ns)
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.inited = True
    def __call__(cls, *a, **k):
        print('Meta.__call__', cls.__name__, a)
        return super().__call__(*a, **k)
    def __repr__(cls):
        return f'<Meta {cls.__name__}>'
class A(metaclass=Meta, tag='t1'):
    def __init__(self, v):
        self.v = v
a = A(3)
print(a.v, A.added, A.inited, type(A), A)
class B(A): pass
print(type(B), B.added, B(1).v)
class Base:
    subs = []
    def __init_subclass__(cls, /, flag=None, **kw):
        super().__init_subclass__(**kw)
        Base.subs.append((cls.__name__, flag))
class C1(Base, flag=1): pass
class C2(C1): pass
print(Base.subs)
try:
    class Bad(foo=1): pass
except TypeError as e:
    print(e)
class D:
    def __set_name__(self, owner, name):
        self.name = owner.__name__ + '.' + name
class E:
    d = D()
print(E.d.name)
X = type('X', (object,), {'a': 1, 'f': lambda self: self.a + 1})
print(X, X().f(), X.__module__, X.__qualname__, type(X))
print(type(1), type(type), type.__name__)
try:
    type(1, 2)
except TypeError as e:
    print(e)
try:
    class Y(bool): pass
except TypeError as e:
    print(e)
class N:
    def __eq__(self, o): return True
print(N.__hash__)
class H:
    pass
print(H.__hash__ is object.__hash__, H.__dict__['__module__'], sorted(k for k in H.__dict__))
try:
    H.__dict__['x'] = 1
except TypeError as e:
    print(e)
H.y = 5
print(H.y, H().y, 'y' in H.__dict__)
print(object.__new__(H).__class__)
try:
    object.__new__(H, 1)
except TypeError as e:
    print(e)
try:
    H(1)
except TypeError as e:
    print(e)
class I:
    def __init__(self, a): pass
try:
    object.__init__(I(1), 2)
except TypeError as e:
    print(e)
class J:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
print(J(1, 2).args)
class K:
    def __new__(cls):
        return 42
print(K())
class L:
    def __init__(self): return 1
try:
    L()
except TypeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
H.__name__ = 'HH'
print(H, H.__name__, H.__qualname__)
print(int.__module__, H.__module__, int.__name__, int.__qualname__, H.mro())
class S2:
    __slots__ = ('__dict__', 'a')
s = S2(); s.a = 1; s.b = 2
print(s.a, s.b, s.__dict__)
class P1: pass
class P2: pass
p = P1(); p.__class__ = P2
print(type(p).__name__)
print(issubclass(P1, (P2, object)), P1.__subclasses__(), object.__subclasses__ is not None)
