# LOAD_METHOD: an instance attribute that shadows a method wins, also after the method call was cached
# for instances with the same key layout.
class A:
    def __init__(self):
        self.x = 1
    def f(self):
        return 'method'

a = A()
b = A()
for obj in [a, a, b, a]:
    print(obj.f())
b.f = lambda: 'instance'
for obj in [a, b, a, b]:
    print(obj.f())
del b.x
for obj in [b, a]:
    print(obj.f())
del b.f
print(b.f())
b.x = 2
b.f = lambda: 'again'
for obj in [a, b]:
    print(obj.f())
c = A()
c.__dict__.clear()
print(c.f())
c.__dict__['f'] = lambda: 'via dict'
print(c.f())
def call_all(objs):
    return [o.f() for o in objs]
print(call_all([a, A(), b, c, a]))
