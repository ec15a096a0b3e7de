t = (1, 2, 3, 2)
print(t, t[1:], t.count(2), t.index(3), len(t), t + (4,), t * 2, () , (1,), tuple('ab'))
a, *b, c = t; print(a, b, c)
x, (y, z) = 1, (2, 3); print(x, y, z)
print((1, 2) < (1, 2, 3), (2,) > (1, 9), hash((1, 2)) == hash((1, 2)))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
try:
    hash((1, [2]))
except TypeError as e:
    print('TypeError', e)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError', e)
