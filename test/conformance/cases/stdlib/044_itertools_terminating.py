import itertools as it
import operator
print(list(it.accumulate([1, 2, 3, 4])), list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([1, 2], initial=100)))
print(list(it.chain('ab', [1, 2])), list(it.chain.from_iterable(['xy', 'z'])))
print(list(it.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(lambda x: x % 2, range(8))))
print(list(it.islice('abcdefg', 2, None, 2)), list(it.islice(range(10), 3)), list(it.islice(range(10), 1, 4)))
print(list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.zip_longest('abc', 'x', fillvalue='-')), list(it.pairwise('abcd')))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(a))
