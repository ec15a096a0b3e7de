class Point:
    """A point."""
    dims = 2
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
p = Point(3, 4)
print(p.x, p.y, p.norm2(), Point.dims, p.dims, Point.__doc__, Point.__name__, Point.__qualname__, Point.__module__)
print(type(p) is Point, isinstance(p, Point), isinstance(p, object), p.__class__.__name__)
print(sorted(p.__dict__.items()), 'norm2' in Point.__dict__)
p.dims = 3
print(p.dims, Point.dims)
del p.dims
print(p.dims)
print(Point.norm2(p), p.norm2.__self__ is p, p.norm2.__func__ is Point.norm2)
try:
    p.z
except AttributeError as e:
    print('AttributeError', e)
try:
    Point(1)
except TypeError as e:
    print('TypeError', e)
