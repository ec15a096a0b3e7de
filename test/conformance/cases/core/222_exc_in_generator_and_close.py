def gen():
    try:
        yield 1
        yield 2
    finally:
        print('gen cleanup')
for v in gen():
    print(v)
    break
print('after break')
g = gen()
next(g)
del g
print('after del')
def bad_gen():
    yield 1
    raise ValueError('from gen')
try:
    for x in bad_gen():
        print('got', x)
except ValueError as e:
    print('ValueError', e)
