it = iter([1])
print(next(it), next(it, None), next(it, 'x'))
g = (i for i in [])
print(next(g, 'empty'))
try:
    next(g)
except StopIteration:
    print('StopIteration raised')
