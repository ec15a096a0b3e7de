class A: pass
a, b = A(), A()
print(a == a, a == b, a != b, a is a, hash(a) == hash(a), len({a, b, a}))
class B:
    def __eq__(self, o): return NotImplemented
print(B() == B(), B() != B())
x = B()
print(x == x, [x] == [x], x in [x])
