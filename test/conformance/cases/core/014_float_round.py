print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1e20, -5))
print(round(2.5), type(round(2.5)), round(2.5, 0), type(round(2.5, 0)))
print(round(123.456, -1), round(125.0, -1), round(135.0, -1))
