x = 10
g = (x + i for i in range(3))
x = 20
print(list(g))
def f():
    y = 5
    return list(y * j for j in range(3))
print(f())
gen = (i for i in range(3))
print(sum(gen), sum(gen))
nested = ((i, j) for i in range(2) for j in range(i + 1))
print(list(nested))
try:
    (undefined_thing for _ in range(1))
    print('creating generator does not evaluate body')
    list(z for z in undefined_iterable)
except NameError as e:
    print('NameError', e)
