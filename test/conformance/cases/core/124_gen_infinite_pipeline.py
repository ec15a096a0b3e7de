def naturals():
    n = 0
    while True:
        yield n
        n += 1
def take(n, it):
    for i, v in enumerate(it):
        if i >= n:
            return
        yield v
evens = (x for x in naturals() if x % 2 == 0)
squares = (x * x for x in evens)
print(list(take(6, squares)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(list(take(20, fib())))
import itertools
print(list(itertools.islice(fib(), 90, 92)))
