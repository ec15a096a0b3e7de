def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught in gen', e)
        yield 'recovered'
    finally:
        print('gen finally')
x = g()
print(next(x))
print(x.throw(ValueError('boom')))
x.close()
print('closed')
y = g()
next(y)
try:
    y.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e)
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print('got GeneratorExit')
        yield 2
s = stubborn(); next(s)
try:
    s.close()
except RuntimeError as e:
    print('RuntimeError', e)
z = g()
z.close()
print(list(z))
def clean():
    try:
        yield 1
    except GeneratorExit:
        print('cleanup')
        raise
c = clean(); next(c); c.close(); c.close()
print('ok')
