# math.cbrt is libm's cbrt (glibc: not correctly rounded, cbrt(27) == 3.0000000000000004); pyts follows
# glibc's algorithm. Exact bits of many results: integers, random doubles, subnormals, powers of two.
import math
import random

random.seed(2024)
values = [27.0, 8.0, -27.0, 0.0, -0.0, 1.0, 2.0, 3.0, 5e-324, 1e308, math.inf, -math.inf, 0.001, 1e-300]
values += [float(n) for n in range(-50, 51)]
for _ in range(600):
    values.append(random.uniform(-1e6, 1e6))
    values.append(math.ldexp(random.getrandbits(53) / 2 ** 53, random.randint(-1074, 1024)))
values += [math.ldexp(1.0, e) for e in range(-1074, 1024, 11)]
print(math.cbrt(math.nan), math.cbrt(27), math.cbrt(-8), math.cbrt(1e-300))
results = [math.cbrt(v).hex() for v in values]
for i in range(0, len(results), 8):
    print(' '.join(results[i:i + 8]))
