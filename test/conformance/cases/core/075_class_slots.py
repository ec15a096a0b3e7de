class Slotted:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = 1
s = Slotted()
print(s.x, hasattr(s, '__dict__'), Slotted.__slots__)
try:
    s.z = 3
except AttributeError as e:
    print('AttributeError', e)
try:
    s.y
except AttributeError as e:
    print('AttributeError', e)
s.y = 2
print(s.y)
del s.y
print(hasattr(s, 'y'), type(Slotted.x).__name__)
class Child(Slotted):
    pass
c = Child()
c.z = 5
print(c.z, c.__dict__)
class WithDict:
    __slots__ = ('a', '__dict__')
w = WithDict(); w.a = 1; w.b = 2
print(w.a, w.__dict__)
