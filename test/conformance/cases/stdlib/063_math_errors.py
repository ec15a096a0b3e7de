import math
for f, arg in [(math.sqrt, -1), (math.log, 0), (math.log, -1), (math.factorial, -1), (math.acos, 2)]:
    try:
        f(arg)
    except ValueError as e:
        print(f.__name__, 'ValueError', e)
try:
    math.factorial(2.5)
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
try:
    math.exp(1000)
except OverflowError as e:
    print('OverflowError', e)
print(math.floor(1e300) > 10 ** 299, math.ceil(2 ** 70 + 0.0) == 2 ** 70)
