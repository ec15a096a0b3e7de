point = (3, 4)
x, y = point
print(f'{x=} {y=}', point[::-1], point * 2, point.__len__())
records = [('alice', 30), ('bob', 25)]
for name, age in sorted(records, key=lambda r: r[1]):
    print(name, age)
nested = ((1, 2), (3, (4, 5)))
(a, b), (c, (d, e)) = nested
print(a + b + c + d + e)
print(tuple(), tuple([1]), (1, 2) == (1, 2), (1, 2) != None, tuple(range(3)))
print(repr((1,)), repr(()), str((1, 'a')))
