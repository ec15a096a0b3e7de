a, *rest = [1, 2, 3]; print(a, rest)
*init, last = 'abc'; print(init, last)
print(*[1, 2], *'ab', sep='-')
print([*range(3), *(4, 5)], (*'xy',), {*[1, 1, 2]}, {**{'a': 1}, **{'b': 2}})
def f(a, b, c):
    return a + b + c
print(f(*[1, 2], 3), f(**{'a': 1, 'b': 2, 'c': 3}), f(1, *(2,), **{'c': 3}))
for i, (x, y) in enumerate([(1, 2), (3, 4)]):
    print(i, x, y)
[p, q] = 'pq'; print(p, q)
(a, b), c = 'xy', 'z'; print(a, b, c)
