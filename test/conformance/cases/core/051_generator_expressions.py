g = (x * x for x in range(5))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x for x in range(101)), max(len(w) for w in ['a', 'abc', 'ab']), tuple(c for c in 'ab'))
print(any(x > 3 for x in [1, 5]), all(x > 3 for x in [1, 5]), sorted((x % 3 for x in range(7)), reverse=True))
def first_error():
    return (1 / x for x in [1, 0])
gen = first_error()
print(next(gen))
try:
    next(gen)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
print(list(x for x in range(3) if x))
