class Base:
    @property
    def name(self):
        return 'base'
    @property
    def kind(self):
        return 'kind:' + self.name
class Child(Base):
    @property
    def name(self):
        return 'child'
print(Child().kind, Base().kind)
class Counter:
    _count = 0
    @property
    def count(self):
        type(self)._count += 1
        return self._count
c = Counter()
print(c.count, c.count, Counter._count)
class WithSetter(Base):
    @Base.name.setter
    def name(self, v):
        self._n = v
w = WithSetter(); w.name = 'q'
print(w._n, w.name)
