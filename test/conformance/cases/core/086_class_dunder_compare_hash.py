class Key:
    def __init__(self, k):
        self.k = k
    def __eq__(self, o):
        return isinstance(o, Key) and self.k == o.k
    def __hash__(self):
        return hash(self.k)
    def __repr__(self):
        return f'Key({self.k!r})'
d = {Key('a'): 1}
print(d[Key('a')], Key('a') in {Key('a')}, Key(1) == Key(1), Key(1) != Key(2))
class EqOnly:
    def __eq__(self, o):
        return True
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError', e)
print(EqOnly.__hash__)
class Ordered:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f'O{self.v}'
print(sorted([Ordered(3), Ordered(1), Ordered(2)]), max(Ordered(5), Ordered(9)))
print(Ordered(1) > Ordered(0))
