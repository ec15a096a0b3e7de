def t(f, *a, **k):
    try: f(*a, **k)
    except TypeError as e: print(e)
def f(x, y): pass
def g(x, y=1): pass
def h(a, /, b, *, c, d=2): pass
def v(*a, k): pass
class A:
    def m(): pass
    def n(self, x): pass
t(f); t(f, 1); t(f,1,2,3); t(g); t(g,1,2,3); t(g, 1, z=3); t(f, 1, x=2)
t(h, 1, 2); t(h, a=1, b=2, c=3); t(h, 1, 2, 3, c=1); t(h,1,b=2,c=3,e=4); t(h)
t(v); t(v, 1, 2)
t(A().m); t(A().n); t(A.n); t(lambda: 0, 1)
def w(a, b, c, *, x, y, z): pass
t(w); t(w, 1, 2, 3)
def ff(a, b=2, *, c): pass
t(ff, 1, 2, 3, c=4); t(ff, 1, 2, 3, 4)
def gg(a, /, **kw): return a, kw
t(gg, a=1)
print(gg(1, a=2))
def hh(a, /): pass
t(hh, a=1); t(hh, 1, a=1)
t(f, 1, 2, **{'x': 3})
def va(*a, **k): return a, k
print(va(1, 2, x=3), va(*[1, 2], **{'y': 4}), va())
def kwd(a, b=2, *c, d=4, **e): return a, b, c, d, e
print(kwd(1), kwd(1, 3, 5, 6, d=7, z=8))
class I:
    def __init__(self): return 1
try: I()
except TypeError as e: print(e)
