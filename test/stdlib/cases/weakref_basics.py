# weakref behaviour that does not depend on when the host collects objects (see stdlib/weakref.ts).
import weakref
class A:
    pass
a = A()
r = weakref.ref(a)
print(r() is a, weakref.ref(a) is r, weakref.getweakrefcount(a))
r2 = weakref.ref(a, print)
print(r2 is r, weakref.getweakrefcount(a), r == r2, hash(r) == hash(a), r2.__callback__ is print)
for v in (1, 'x', (1,), [1], {}, None):
    try:
        weakref.ref(v)
    except TypeError as e:
        print(e)
class S:
    __slots__ = ('x',)
try:
    weakref.ref(S())
except TypeError as e:
    print(e)
class S2:
    __slots__ = ('x', '__weakref__')
s2 = S2()
print(weakref.ref(s2)() is s2)
def fn(): pass
st = {1}
print(weakref.ref(fn)() is fn, weakref.ref(A)() is A, weakref.ref(st)() is st)
p = weakref.proxy(a)
a.x = 5
print(p.x, type(p).__name__)
p.y = 7
print(a.y)
d = weakref.WeakValueDictionary()
d['k'] = a
print(d['k'] is a, len(d), 'k' in d, list(d.keys()), d.get('z', 'none'))
wk = weakref.WeakKeyDictionary()
wk[a] = 1
print(wk[a], len(wk), a in wk, 1 in wk)
ws = weakref.WeakSet([a, fn])
print(len(ws), a in ws, 3 in ws)
f = weakref.finalize(a, print, 'finalizer ran')
print(f.alive)
f()
print(f.alive, f())
print(type(r), weakref.ReferenceType is weakref.ref)
try:
    r(1)
except TypeError as e:
    print(e)
