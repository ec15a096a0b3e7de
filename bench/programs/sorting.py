# Sorting: a list of ints, a list of tuples, and key= functions.
import random
random.seed(42)
ints = [random.randrange(1_000_000) for _ in range(200_000)]
a = sorted(ints)
tuples = [(x % 1000, -x, str(x)) for x in ints[:100_000]]
b = sorted(tuples)
c = sorted(ints, key=lambda x: (x % 977, x))
d = sorted(tuples, key=lambda t: t[2])
print(a[0], a[-1], b[0], b[-1], c[:3], d[0])
