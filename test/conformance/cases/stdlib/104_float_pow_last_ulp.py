# float ** float, pow() and math.pow are libm's pow (glibc: within 0.52 ULP, not correctly rounded, computed
# with fused multiply-adds on x86-64 and aarch64); pyts follows glibc's arithmetic. V8's Math.pow differs
# in the last bit (2.0 ** 1.5 printed 2.82842712474619). repr of several hundred results.
import math
import random

print(2.0 ** 1.5, pow(2.0, 1.5), math.pow(2.0, 1.5), 7 ** -2, 10 ** -3, 3.0 ** 0.5, 1.1 ** 100)
print((-2.0) ** 3, (-2.5) ** -3, (-0.5) ** 1e20, 10.0 ** -400, (-10.0) ** -401, 5e-324 ** 0.5, 1e-300 ** 1.5)
for x, y in [(10.0, 400.0), (-10.0, 309.0), (1.0000001, 1e12)]:
    try:
        print(x ** y)
    except OverflowError as e:
        print('OverflowError:', e)

random.seed(104)
pairs = []
for _ in range(100):
    pairs.append((random.uniform(0, 50), random.uniform(-30, 30)))
    pairs.append((1 + random.uniform(-1e-6, 1e-6), random.uniform(-1e8, 1e8)))
    pairs.append((-random.uniform(0, 9), float(random.randint(-320, 320))))
    pairs.append((random.uniform(0.1, 10), random.uniform(-700, 700)))
    pairs.append((float(random.randint(2, 1000)), random.randint(-40, 40) + 0.5))
    pairs.append((math.ldexp(random.random(), random.randint(-1074, -1000)), random.uniform(0.5, 1.2)))
out = []
for x, y in pairs:
    try:
        out.append(repr(x ** y))
    except OverflowError:
        out.append('overflow')
for i in range(0, len(out), 6):
    print(' '.join(out[i:i + 6]))
