a, *b, c = [1, 2, 3, 4]
print(a, b, c)
(x, y), z = (1, 2), 3
print(x, y, z)
try:
    p, q = [1, 2, 3]
except ValueError as e: print(e)
try:
    p, q, r = [1]
except ValueError as e: print(e)
try:
    p, q = 5
except TypeError as e: print(e)
print(sorted([3, 1, 2], key=lambda v: -v))
d = {"a": 1, **{"b": 2}}
print(d, [*[1, 2], *(3,)], {**d, "c": 3})
print(f"{1+1} {'s'!r} {3.5:>6} {d['a']:03d}")
n = 2**62
print(n * 4, n + n, -n - n, 7 // 2, -7 // 2, 7 % -3, 2 ** 10)
print(1 < 2 < 3, 1 < 3 < 2, 1 == 1.0, 0.1 + 0.2)
print(not [], not [1], 1 if [] else 2, [] or "x", [1] and "y")
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __lt__(self, o): return self.v < o.v
    def __bool__(self): return self.v != 0
    def __repr__(self): return "V(%d)" % self.v
print(V(1) + V(2), V(1) < V(2), bool(V(0)), sorted([V(3), V(1)]))
if V(0): print("yes")
else: print("no")
def deco(f):
    def w(*a): return ("wrapped", f(*a))
    return w
@deco
def dd(x): return x
print(dd(3), dd.__name__)
class P:
    @property
    def val(self): return 7
    @staticmethod
    def s(): return "s"
    @classmethod
    def c(cls): return cls.__name__
print(P().val, P.s(), P.c(), P().c())
i = 0
while i < 3:
    i += 1
else:
    print("while else", i)
for k in []: pass
else: print("for else")
print(type(f := 5), f)
lst = [1, 2, 3]; lst[0] = 9; del lst[1]; print(lst, lst[-1], lst[0:1])
print([(i, j) for i in [1, 2] for j in "ab" if i > 1])
g = (i * i for i in [1, 2, 3]); print(sum(g))
