import math
print(math.factorial(30), math.comb(50, 25), math.isqrt(10 ** 30), math.gcd(2 ** 64, 6 ** 20), math.lcm(2, 3, 4, 5))
print(math.floor(-0.5), math.ceil(0.5), math.trunc(1e20), math.prod(range(1, 21)), math.perm(10))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.remainder(7, 3), math.cbrt(27))
