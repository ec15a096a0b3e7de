import itertools as it
print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle('abc'), 7)))
print(list(it.repeat('x', 3)), list(it.islice(it.repeat(0), 2)))
print(next(it.count()), repr(it.count(3)), repr(it.repeat('a', 2)))
