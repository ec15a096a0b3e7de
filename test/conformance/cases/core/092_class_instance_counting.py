class Tracked:
    count = 0
    def __init__(self):
        Tracked.count += 1
        self.id = Tracked.count
    def __del__(self):
        pass
objs = [Tracked() for _ in range(5)]
print(Tracked.count, [o.id for o in objs])
class Sub(Tracked):
    count = 100
s = Sub()
print(Sub.count, Tracked.count, s.id)
