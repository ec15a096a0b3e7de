class A:
    cls_attr = 1
    def m(self): pass
a = A()
a.inst = 2
print([n for n in dir(a) if not n.startswith('__')], '__class__' in dir(a), '__init__' in dir(A))
print(A.__dict__['m'].__name__, type(A.__dict__['m']).__name__)
print(repr(property), repr(classmethod), repr(super), repr(type), repr(object))
class R:
    def __repr__(self): return 'R!'
print(R(), [R()], str(R()) if False else 'x')
class Cnt:
    def __init__(self): self.n = 0
    def __call__(self, x):
        self.n += x
        return self.n
c = Cnt()
print(c(2), c(3), callable(c), callable(1), callable(A))
print(super(A, a).__repr__()[:7] if False else 'skip')
class T:
    def __eq__(self, o): return 'eq-result'
print(T() == 1, 1 == T(), T() != 1)
class U:
    def __lt__(self, o): return 'U<'
print(1 > U(), U() < 1)
class W(int): pass
print(W(5) + 1, type(W(5)).__name__, isinstance(W(5), int))
print(NotImplemented, Ellipsis, None.__class__, type(None))
class Base:
    def hi(self): return 'base'
class Mid(Base):
    def hi(self): return 'mid>' + super().hi()
class Leaf(Mid):
    def hi(self): return 'leaf>' + super().hi()
print(Leaf().hi(), super(Mid, Leaf()).hi())
class CM:
    @classmethod
    def make(cls): return cls.__name__
class CM2(CM):
    @classmethod
    def make(cls): return 'sub:' + super().make()
print(CM2.make(), CM2().make())
class Desc:
    def __get__(self, obj, owner): return ('get', obj is None, owner.__name__)
    def __set__(self, obj, v): obj.__dict__['_d'] = v
class HD:
    d = Desc()
h = HD()
h.d = 5
print(h.d, HD.d, h._d)
class ND:
    def __get__(self, obj, owner): return 'nondata'
class HN:
    n = ND()
hn = HN()
print(hn.n)
hn.__dict__['n'] = 'inst'
print(hn.n)
