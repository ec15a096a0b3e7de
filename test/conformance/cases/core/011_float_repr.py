vals = [0.1, 0.2, 0.1 + 0.2, 1.0, -0.0, 1e16, 1e15, 123456789.0, 1e-5, 0.0001, 1.5e300, 2.5e-300, 1 / 3, 2 / 3, 100.0, 1e22, 1e21]
for v in vals:
    print(repr(v), str(v))
print(float('inf'), float('-inf'), float('nan'))
print(3.0, 3.14, -2.5, 1e100)
