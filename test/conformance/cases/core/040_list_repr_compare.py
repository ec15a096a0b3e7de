a = [1, 'two', 3.0, None, True, [4, [5]], (6,), {'k': 'v'}]
print(a, repr(a), str(a))
r = [1]; r.append(r); print(r)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] == [], [1] == [1.0], [2] > [1, 99])
print(list('abc'), list(range(3)), list((1, 2)), list({'x': 1}))
try:
    [1] < ['a']
except TypeError as e:
    print('TypeError', e)
