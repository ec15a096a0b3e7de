class Rev:
    def __init__(self, d): self.d = d
    def __reversed__(self): return iter(self.d[::-1] + ['(custom)'])
    def __iter__(self): return iter(self.d)
print(list(reversed(Rev([1, 2]))))
class Idx:
    def __index__(self): return 2
print([10, 20, 30][Idx()], 'abcd'[Idx()], bin(Idx()), range(10)[Idx()])
class IterOnly:
    def __iter__(self): return iter([1, 2, 3])
print(2 in IterOnly(), 5 in IterOnly())
class Num:
    def __int__(self): return 7
    def __float__(self): return 2.5
    def __round__(self, n=None): return 'rounded'
    def __abs__(self): return 'abs'
    def __neg__(self): return 'neg'
    def __invert__(self): return 'inv'
    def __pos__(self): return 'pos'
n = Num()
print(int(n), float(n), round(n), abs(n), -n, ~n, +n)
class Pow:
    def __pow__(self, o, mod=None): return ('pow', o, mod)
    def __rpow__(self, o): return ('rpow', o)
    def __matmul__(self, o): return 'matmul'
    def __floordiv__(self, o): return 'floordiv'
    def __rtruediv__(self, o): return 'rtruediv'
    def __mod__(self, o): return 'mod'
    def __lshift__(self, o): return 'lshift'
    def __and__(self, o): return 'and'
    def __xor__(self, o): return 'xor'
    def __or__(self, o): return 'or'
p = Pow()
print(p ** 2, pow(p, 2, 5), 2 ** p, p @ p, p // 1, 1 / p, p % 1, p << 1, p & 1, p ^ 1, p | 1)
