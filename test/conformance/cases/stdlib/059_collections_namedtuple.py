from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(1, y=2)
print(p, p.x, p[1], p._asdict(), p._replace(x=9), Point._fields, Point._make([3, 4]))
x, y = p
print(x + y, p == (1, 2), isinstance(p, tuple), len(p), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', 'a b c', defaults=[0, 0])
print(P3(1), P3._field_defaults, P3.__name__)
try:
    p.x = 5
except AttributeError as e:
    print('AttributeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
class Vec(namedtuple('Vec', 'x y')):
    __slots__ = ()
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Vec(3, 4).norm(), Vec(3, 4))
R = namedtuple('R', ['def', 'ok'], rename=True)
print(R._fields)
