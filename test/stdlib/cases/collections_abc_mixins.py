from collections import abc
import collections.abc as cabc
from collections.abc import MutableMapping, Sequence, MutableSequence, Set, MutableSet
print(cabc is abc)
for v in ([], (), '', {}, set(), frozenset(), 1, 1.5, None, len, iter([]), (x for x in []), range(3), b'', {}.values(), collections.deque() if False else None):
    print(type(v).__name__, [n for n in ('Iterable','Iterator','Sized','Container','Hashable','Callable','Sequence','MutableSequence','Mapping','MutableMapping','Set','MutableSet','Generator','Collection','Reversible','KeysView','ItemsView','ValuesView') if isinstance(v, getattr(abc, n))])
class D(MutableMapping):
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
d = D(); d.update({'a': 1}, b=2); d.setdefault('c', 3)
print(len(d), d.pop('a'), d.pop('zz', 'dflt'), sorted(d.items()), list(d.values()), 'b' in d, d.get('q'), d == {'b': 2, 'c': 3}, d.keys() & {'b'}, repr(d.keys())[:10])
d.clear(); print(len(d))
try: D.__abstractmethods__ and abc.Mapping()
except TypeError as e: print(e)
class S(Sequence):
    def __init__(self, *a): self.a = a
    def __getitem__(self, i): return self.a[i]
    def __len__(self): return len(self.a)
s = S(1, 2, 3, 2)
print(list(s), 2 in s, list(reversed(s)), s.index(2), s.count(2), isinstance(s, abc.Reversible))
class L(MutableSequence):
    def __init__(self): self.a = []
    def __getitem__(self, i): return self.a[i]
    def __setitem__(self, i, v): self.a[i] = v
    def __delitem__(self, i): del self.a[i]
    def __len__(self): return len(self.a)
    def insert(self, i, v): self.a.insert(i, v)
l = L(); l.append(1); l.extend([2, 3]); l += [4]; l.reverse(); print(l.a, l.pop(), l.a); l.remove(3); print(l.a)
class FS(Set):
    def __init__(self, it=()): self.s = list(dict.fromkeys(it))
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
a, b = FS([1, 2, 3]), FS([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= b, FS([2]) < a, a == FS([3, 2, 1]), a.isdisjoint([9]))
try: abc.Iterable()
except TypeError as e: print(e)
print(abc.Iterable[int], issubclass(list, abc.Iterable), issubclass(int, abc.Iterable))
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(It(), abc.Iterator), issubclass(It, abc.Iterable))
class NoHash:
    __hash__ = None
print(isinstance(NoHash(), abc.Hashable), abc.Sequence.__module__, abc.Set.__name__)
