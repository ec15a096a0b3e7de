from functools import reduce
import operator
print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 6)), reduce(lambda a, b: a + b, ['x', 'y'], '>'))
print(reduce(max, [3, 9, 2]), reduce(operator.add, [], 0))
try:
    reduce(operator.add, [])
except TypeError as e:
    print('TypeError', e)
