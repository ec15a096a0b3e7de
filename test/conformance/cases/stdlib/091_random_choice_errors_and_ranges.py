import random
random.seed(42)
try:
    random.choice([])
except IndexError as e:
    print('IndexError', e)
try:
    random.randrange(0)
except ValueError as e:
    print('ValueError', e)
try:
    random.sample([1, 2], 5)
except ValueError as e:
    print('ValueError', e)
print([random.randrange(-5, 5) for _ in range(8)])
print([random.randint(0, 2 ** 40) for _ in range(2)])
print(random.random() < 1.0, 0 <= random.uniform(0, 1) <= 1)
