class P:
    def __init__(self, x, y=0, *, z):
        self.x, self.y, self.z = x, y, z
for call in [lambda: P(), lambda: P(1), lambda: P(1, 2, 3, z=1), lambda: P(1, z=1, w=2)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
print(vars(P(1, z=3)))
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print('TypeError', e)
