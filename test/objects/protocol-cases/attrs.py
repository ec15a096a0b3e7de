class A:
    x = 1
    def f(self):
        return self.x + 1
a = A()
print(a.x, a.f(), A.f(a))
a.x = 5
print(a.x, a.f(), A.x)
delattr(a, "x")
print(a.x)
try:
    a.y
except AttributeError as e:
    print(e)
try:
    A.y
except AttributeError as e:
    print(e)
try:
    delattr(a, "zz")
except AttributeError as e:
    print(e)
class B(A):
    def f(self):
        return super().f() * 10
print(B().f())
print(type(a) is A, type(1), type('a'), type(A), A, B.__mro__, B.__bases__, B.__name__, B.__qualname__, B.__module__)
print(hasattr(a, 'x'), hasattr(a, 'q'), getattr(a, 'q', 7))
class G:
    def __getattr__(self, n):
        return n * 2
g = G()
print(g.ab, getattr(g, 'zz'))
class P:
    def __init__(self):
        self._v = 0
    @property
    def v(self):
        return self._v
    @v.setter
    def v(self, val):
        self._v = val * 2
p = P()
p.v = 4
print(p.v)
class Q:
    @property
    def r(self): return 1
try:
    Q().r = 3
except AttributeError as e:
    print(e)
try:
    delattr(Q(), "r")
except AttributeError as e:
    print(e)
class S:
    __slots__ = ('a', 'b')
s = S()
s.a = 1
print(s.a)
try:
    s.b
except AttributeError as e:
    print(e)
try:
    s.c = 1
except AttributeError as e:
    print(e)
print(S.a, '__dict__' in dir(S))
class C:
    @classmethod
    def cm(cls, x): return (cls.__name__, x)
    @staticmethod
    def sm(x): return x + 1
print(C.cm(1), C().cm(2), C.sm(1), C().sm(2))
