r = range(2, 20, 3)
print(r, list(r), len(r), r[0], r[-1], r[1:3], 5 in r, 6 in r, r.index(8), r.count(11))
print(range(5), range(0), list(range(10, 0, -2)), list(range(-3)), range(1, 10)[::-1])
print(range(0, 10, 2) == range(0, 9, 2), range(3) == range(0, 3, 1), range(10 ** 20)[-1])
try:
    len(range(10 ** 20))
except OverflowError as e:
    print('OverflowError', e)
print(reversed(range(3)).__class__.__name__, list(reversed(range(1, 7, 2))))
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
