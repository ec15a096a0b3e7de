import functools
n = 0
@functools.cache
def slow(x):
    global n
    n += 1
    return x * x
print(slow(4), slow(4), slow(5), n, slow.cache_info())
class Data:
    def __init__(self):
        self.computed = 0
    @functools.cached_property
    def total(self):
        self.computed += 1
        return 42
d = Data()
print(d.total, d.total, d.computed, 'total' in d.__dict__)
del d.total
print(d.total, d.computed)
