a = set(range(10))
evens = {x for x in a if x % 2 == 0}
print(sorted(a - evens), sorted(evens & {2, 3, 4}), len(a | {100}), evens < a, a > evens, evens <= evens)
s = {1, 2}
s.symmetric_difference_update({2, 3})
print(s)
s.intersection_update({1, 3, 5})
print(s)
s.difference_update({1})
print(s, s == {3}, s != {3}, frozenset(s) == s)
print(set([1, 2]) == frozenset([2, 1]), {1, 2}.union({3}, [4], (5,)))
print(sorted({(1, 'a'), (0, 'b')}), len({1, 1.0, True}))
