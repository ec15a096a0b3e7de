print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1.0, None is not None)
x = 5
print(0 < x <= 5, 0 < x < 5, x == 5 == 5.0)
print(2 ** 70 > 1.5, 2 ** 70 == float(2 ** 70), 10 ** 400 > 1e308)
print(max(3, 2 ** 80), min(-2 ** 80, 1))
