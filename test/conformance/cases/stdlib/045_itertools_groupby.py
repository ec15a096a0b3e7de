import itertools as it
data = 'aaabbcaa'
print([(k, len(list(g))) for k, g in it.groupby(data)])
words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry']
for k, g in it.groupby(words, key=lambda w: w[0]):
    print(k, list(g))
groups = it.groupby([1, 1, 2])
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
print([k for k, _ in it.groupby(sorted([3, 1, 3, 2, 1]))])
