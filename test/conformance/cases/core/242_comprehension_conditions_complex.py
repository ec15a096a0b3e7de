nums = range(1, 31)
print([n for n in nums if n % 3 == 0 and n % 5 == 0])
print(['FizzBuzz' if n % 15 == 0 else 'Fizz' if n % 3 == 0 else 'Buzz' if n % 5 == 0 else n for n in range(1, 16)])
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 12, 7)})
