class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): print('__add__'); return A(self.v + o)
a = A(1)
b = a
a += 5
print(a.v, b.v, a is b)
class B:
    def __init__(self): self.items = []
    def __iadd__(self, o): print('__iadd__'); self.items.append(o); return self
x = B(); y = x
x += 1
print(x.items, x is y)
class C:
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return 'fallback add'
c = C()
c += 1
print(c)
