import itertools as it
try:
    list(it.islice('abc', -1))
except ValueError as e:
    print('ValueError', e)
try:
    it.repeat()
except TypeError as e:
    print('TypeError', e)
c = it.count()
print([next(c) for _ in range(3)], next(c))
print(list(zip(it.count(1), 'xyz')))
