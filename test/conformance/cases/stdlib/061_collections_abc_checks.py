from collections import abc
print(isinstance([], abc.Sequence), isinstance({}, abc.Mapping), isinstance(set(), abc.Set), isinstance('s', abc.Iterable))
print(isinstance(iter([]), abc.Iterator), isinstance((x for x in []), abc.Generator), isinstance(len, abc.Callable))
class MyMap(abc.Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({'a': 1, 'b': 2})
print(m.get('a'), m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), m == {'a': 1, 'b': 2})
