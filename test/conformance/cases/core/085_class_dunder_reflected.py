class L:
    def __add__(self, o):
        print('L.__add__'); return NotImplemented
    def __lt__(self, o):
        print('L.__lt__'); return NotImplemented
class R:
    def __radd__(self, o):
        print('R.__radd__'); return 'R wins'
    def __gt__(self, o):
        print('R.__gt__'); return True
print(L() + R())
print(L() < R())
class Base:
    def __add__(self, o):
        return 'Base.__add__'
    def __radd__(self, o):
        return 'Base.__radd__'
class Derived(Base):
    def __radd__(self, o):
        return 'Derived.__radd__'
print(Base() + Derived())
print(Derived() + Base())
class N:
    pass
try:
    N() < N()
except TypeError as e:
    print('TypeError', e)
print(N() == N(), N() != N())
