data = iter([3, 2, 1, 0, 5])
print(list(iter(lambda: next(data), 0)))
n = [0]
def tick():
    n[0] += 1
    return n[0]
print(list(iter(tick, 4)))
try:
    iter(5, 1)
except TypeError as e:
    print('TypeError', e)
