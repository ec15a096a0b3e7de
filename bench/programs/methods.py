# Method calls on instances: attribute reads and writes, bound-method calls, a property.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        self.x += dx
        self.y += dy
        return self
    def dist2(self):
        return self.x * self.x + self.y * self.y
    @property
    def sum(self):
        return self.x + self.y

p = Point(0, 0)
acc = 0
for i in range(400_000):
    p.move(1, -1)
    acc += p.dist2() % 7 + p.sum
print(p.x, p.y, acc)
