class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __radd__(self, o):
        if o == 0:
            return self
        return NotImplemented
    def __mul__(self, k):
        return V(self.x * k, self.y * k)
    __rmul__ = __mul__
    def __neg__(self):
        return V(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __iadd__(self, o):
        self.x += o.x; self.y += o.y
        return self
    def __repr__(self):
        return f'V({self.x}, {self.y})'
a, b = V(1, 2), V(3, 4)
print(a + b, a * 3, 3 * a, -a, abs(b), sum([a, b]))
c = a
c += b
print(c, a, c is a)
try:
    a + 1
except TypeError as e:
    print('TypeError', e)
try:
    'x' - a
except TypeError as e:
    print('TypeError', e)
