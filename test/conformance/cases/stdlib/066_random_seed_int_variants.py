import random
for s in [0, 1, 2 ** 40, -5, 12345678901234567890]:
    random.seed(s)
    print(s, random.random(), random.randrange(1000))
random.seed(42)
print([round(random.random(), 6) for _ in range(5)])
random.seed(42)
print(random.sample(['a', 'b', 'c', 'd'], 4), random.sample(range(10), k=3))
