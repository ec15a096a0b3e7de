print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, 7.5 % -2)
print(2.0 ** 0.5, 10 ** -2, 2 ** 0.5)
print(1e308 * 10, -1e308 * 10)
print(0.1 * 3, 0.1 + 0.7, 1.1 * 1.1)
print(float(2 ** 60), float('1e-3'), float(' 3.25 '), float('-inf'))
print(int(1e20), int(-2.5e10))
print((1.5).is_integer(), (2.0).is_integer(), (0.5).as_integer_ratio(), (2.5).hex())
print(float.fromhex('0x1.8p1'))
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
