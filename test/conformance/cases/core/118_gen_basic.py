def count(n):
    print('start')
    for i in range(n):
        print('yield', i)
        yield i
    print('end')
g = count(2)
print(type(g).__name__, g.__name__)
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('StopIteration', e.value)
print(list(count(0)))
