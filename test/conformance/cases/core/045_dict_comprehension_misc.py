sq = {x: x * x for x in range(5)}
print(sq, {v: k for k, v in sq.items() if k % 2})
print(sorted({'b': 1, 'a': 2}.items()), dict(zip('abc', range(3))))
r = {}; r['self'] = r; print(r)
print(repr({}), repr({'k': [1, {'n': None}]}), str({1: 'a'}))
