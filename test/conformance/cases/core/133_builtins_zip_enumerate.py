print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1])), dict(zip('ab', [1, 2])))
print(list(zip(*[(1, 'a'), (2, 'b')])))
try:
    list(zip([1, 2], 'abc', strict=True))
except ValueError as e:
    print('ValueError', e)
try:
    list(zip([1, 2, 3], 'ab', strict=True))
except ValueError as e:
    print('ValueError', e)
print(list(zip([1], [2], strict=True)))
print(list(enumerate('abc')), list(enumerate('abc', start=10)), list(enumerate([], 5)))
for i, (a, b) in enumerate(zip('xy', 'pq'), 1):
    print(i, a, b)
