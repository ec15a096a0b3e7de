class Base:
    def __eq__(self, o):
        print('Base.__eq__'); return NotImplemented
class Sub(Base):
    def __eq__(self, o):
        print('Sub.__eq__'); return True
print(Base() == Sub())
class OnlyEq:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
print(OnlyEq(1) != OnlyEq(1), OnlyEq(1) != OnlyEq(2))
class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(Lt(2) > Lt(1), Lt(1) > Lt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print('TypeError', e)
