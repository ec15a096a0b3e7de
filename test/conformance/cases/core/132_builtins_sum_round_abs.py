print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum(()), sum([0.1, 0.2]), sum(range(10), start=5))
try:
    sum(['a'], '')
except TypeError as e:
    print('TypeError', e)
print(round(0.5), round(1.5), round(2.5), round(-2.5), round(2.675, 2), round(5), round(5.0), round(-0.4))
print(round(1.23456, 3), round(12345, -2), round(2 ** 70 + 5, -1) - 2 ** 70)
print(abs(-3), abs(3.5), abs(-0.0), abs(True), abs(-2 ** 100))
print(pow(2, 10), pow(2, 10, 1000), pow(2.0, 3), pow(4, 0.5))
