import random
r1 = random.Random(42)
r2 = random.Random(42)
print([r1.randint(0, 9) for _ in range(10)] == [r2.randint(0, 9) for _ in range(10)])
r = random.Random(7)
state = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(state)
b = [r.random() for _ in range(3)]
print(a == b, a)
random.seed('text seed')
print(random.random())
random.seed(123)
print(random.gauss(0, 1), random.normalvariate(10, 2), random.expovariate(1.5))
random.seed(5)
print(random.triangular(0, 10), random.betavariate(2, 3), random.randbytes(4))
