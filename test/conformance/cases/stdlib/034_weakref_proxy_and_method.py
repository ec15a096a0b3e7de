import weakref
class C:
    def __init__(self): self.x = 10
    def m(self): return 'method result'
c = C()
p = weakref.proxy(c)
print(p.x, p.m())
del c
try:
    p.x
except ReferenceError as e:
    print('ReferenceError', e)
class D:
    def hello(self): return 'hi'
d = D()
wm = weakref.WeakMethod(d.hello)
print(wm()())
del d
print(wm())
