print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, not 1 == 2, 1 + 2 == 3 and 4 > 3)
print(1 | 2 ^ 3 & 4, 1 << 2 + 1, 10 - 2 - 3, 100 / 10 / 5, 2 * 3 % 4, -7 % 3 * 2)
print(1 < 2 == 2 > 1, 'a' in 'abc' == True, (1, 2) == (1, 2) != (2, 1))
print(not not 0, ~-1, -~1, 3 - -3, +-+1)
x = 5
print(x if x > 3 else -x if x < 0 else 0, 0 if x > 10 else 1 if x > 4 else 2)
print((lambda: 0)() == 0, (lambda: 1)() + 1)
