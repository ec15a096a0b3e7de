print(abs(-2 ** 80), abs(-3.5), -abs(-0.0))
print(max(1, 2.5), min(3, 2.0, 2), max([1, 2 ** 65]))
print(sum([0.1] * 10), sum(range(101)), sum([2 ** 64, 2 ** 64]))
print(10 ** 20 / 10 ** 10, 2 ** 1023 * 1.5)
print(int('-0'), -0, 0 == -0, 0.0 == -0.0)
print(7 .__class__, (7).__class__.__name__)
try:
    2.0 ** 10000
except OverflowError as e:
    print('OverflowError', e)
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
