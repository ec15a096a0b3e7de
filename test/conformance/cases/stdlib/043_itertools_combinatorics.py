import itertools as it
print(list(it.product('ab', [1, 2])), list(it.product([0, 1], repeat=2)))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(4)))))
print(list(it.combinations('abcd', 2)), list(it.combinations(range(3), 0)))
print(list(it.combinations_with_replacement('ab', 2)))
print(list(it.permutations([])), list(it.combinations('ab', 5)))
