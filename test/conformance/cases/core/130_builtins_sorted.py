words = ['banana', 'Apple', 'cherry', 'apple', 'Banana']
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len, reverse=True))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'a')]
print(sorted(pairs), sorted(pairs, key=lambda p: p[0]), sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted({3: 'x', 1: 'y'}), sorted('hello'), sorted([]), sorted((3, 1, 2), reverse=True))
l = [5, 3, 1]
print(sorted(l), l)
l.sort(key=lambda x: -x); print(l)
try:
    sorted([1, 'a'])
except TypeError as e:
    print('TypeError', e)
try:
    sorted([3, 1], lambda x: x)
except TypeError as e:
    print('TypeError', e)
recs = [{'n': 'a', 'v': 2}, {'n': 'b', 'v': 1}, {'n': 'c', 'v': 2}]
print([r['n'] for r in sorted(recs, key=lambda r: r['v'])])
print(sorted([0.5, -1, 2 ** 70, 3]))
