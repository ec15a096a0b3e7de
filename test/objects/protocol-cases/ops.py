class V:
    def __init__(self, x): self.x = x
    def __add__(self, o): return V(self.x + (o.x if isinstance(o, V) else o))
    def __radd__(self, o): return V(o + self.x)
    def __repr__(self): return f"V({self.x})"
    def __eq__(self, o): return isinstance(o, V) and o.x == self.x
    def __lt__(self, o): return self.x < o.x
    def __len__(self): return self.x
    def __neg__(self): return V(-self.x)
print(V(1) + V(2), V(1) + 5, 5 + V(1), -V(3))
print(V(1) == V(1), V(1) != V(1), V(1) != V(2), V(1) < V(2), V(2) > V(1))
print(bool(V(0)), bool(V(3)), len(V(4)))
try:
    hash(V(1))
except TypeError as e:
    print(e)
for src in ["1 + 'a'", "-'a'", "1 < 'a'", "[] < 3", "'a' + 1", "[1] + 'a'", "'a' * 'b'", "[1] * 2.0", "1 @ 2", "~1.5", "len(1)", "1[0]", "iter(1)", "1 in 3", "3 in 'a'", "hash([])", "1()", "object() < object()"]:
    try:
        print(eval(src))
    except TypeError as e:
        print(src, '->', e)
x = 1
try:
    x += 'a'
except TypeError as e:
    print(e)
x = [1]
x += (2, 3)
print(x)
print(2**100 + 1, -(2**53), ~5, -True, +True, 7 // 2, -7 // 2, 7 % -3, 2 ** -1, 1 / 4, 3 * 1.5, 1 == 1.0, 2**60 == 2.0**60, 'b' > 'a')
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), 2 in It(), 5 in It())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i * 10
print(list(Seq()), 10 in Seq(), list(iter(Seq())))
print(format(1.5), format(7))
class F:
    def __format__(self, spec): return 'F' + spec
print(format(F(), 'zz'), f"{F():q}")
print(isinstance(1, int), isinstance(True, int), isinstance(1, (str, int)), issubclass(bool, int), isinstance(V(1), V), issubclass(V, object))
class Meta(type):
    def __instancecheck__(cls, inst): return inst == 42
class M(metaclass=Meta): pass
print(isinstance(42, M), isinstance(1, M))
