l = list(range(10))
print(l[2:5], l[::-1], l[::3], l[-2:], l[5:2:-1])
l[2:5] = ['a', 'b']; print(l)
l[::2] = [0] * len(l[::2]); print(l)
del l[1:3]; print(l)
del l[::2]; print(l)
l[:] = []; print(l)
m = [1, 2, 3]
m[1:1] = [9, 9]; print(m)
try:
    m[::2] = [1]
except ValueError as e:
    print('ValueError', e)
try:
    m[10] = 1
except IndexError as e:
    print('IndexError', e)
print([1, 2] + [3], [0] * 3, [[]] * 2, [1, 2] * 0)
