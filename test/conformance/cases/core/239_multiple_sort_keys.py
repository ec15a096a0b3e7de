people = [('alice', 30, 'NY'), ('bob', 25, 'LA'), ('carol', 30, 'LA'), ('dave', 25, 'NY')]
print(sorted(people, key=lambda p: (p[1], p[0])))
print(sorted(people, key=lambda p: (-p[1], p[2], p[0])))
from operator import itemgetter, attrgetter
print(sorted(people, key=itemgetter(2, 0)))
class P:
    def __init__(self, n, a): self.n, self.a = n, a
    def __repr__(self): return self.n
print(sorted([P('x', 3), P('y', 1), P('z', 2)], key=attrgetter('a')))
print(max(people, key=itemgetter(1)), min(people, key=lambda p: p[0][::-1]))
