import copy
class P:
    def __init__(self, items):
        self.items = items
a = P([1, [2, 3]])
s = copy.copy(a)
d = copy.deepcopy(a)
a.items[1].append(4)
print(s.items, d.items, s.items is a.items, d.items is a.items)
class Custom:
    def __init__(self): self.v = 1
    def __copy__(self):
        print('__copy__ called')
        c = Custom(); c.v = 'copied'
        return c
    def __deepcopy__(self, memo):
        print('__deepcopy__ called')
        c = Custom(); c.v = 'deep'
        return c
print(copy.copy(Custom()).v, copy.deepcopy(Custom()).v)
cyc = [1]
cyc.append(cyc)
dc = copy.deepcopy(cyc)
print(dc[1] is dc, dc is not cyc)
print(copy.copy((1, 2)), copy.deepcopy({'a': [1]}), copy.copy({1, 2}))
