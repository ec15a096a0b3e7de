import random
random.seed(42)
deck = [f'{r}{s}' for s in 'SHDC' for r in 'A23456789TJQK']
random.shuffle(deck)
print(deck[:8])
print(random.sample(deck, 3))
random.seed(2024)
print(random.choices(range(6), k=10), random.random())
