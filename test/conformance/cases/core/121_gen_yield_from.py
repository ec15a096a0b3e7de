def inner():
    x = yield 'i1'
    print('inner got', x)
    yield 'i2'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield from range(2)
    yield from 'ab'
g = outer()
print(next(g), g.send('sent'), list(g))
def delegate_throw():
    try:
        yield from inner()
    except ValueError as e:
        yield 'outer handled ' + str(e)
d = delegate_throw(); next(d)
print(d.throw(ValueError('v')))
def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], (3,), {4: 'x'})))
