class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(range(self.n))[i]
        if i < 0: i += self.n
        if not 0 <= i < self.n: raise IndexError('out of range')
        return i * 10
    def __contains__(self, v): print('contains', v); return v == 'magic'
s = Seq(4)
print(len(s), s[1], s[-1], s[1:3], list(s), 'magic' in s, 10 in s, list(reversed(s)))
class OldIter:
    def __getitem__(self, i):
        if i >= 3: raise IndexError
        return i
print(list(OldIter()), 2 in OldIter(), 5 in OldIter())
class Bad:
    def __len__(self): return -1
try:
    len(Bad())
except ValueError as e:
    print('ValueError', e)
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __getitem__(self, k): return self.d[k]
m = M(); m['a'] = 1; m['b'] = 2; del m['a']
print(m.d, m['b'])
