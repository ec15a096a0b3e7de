def g():
    yield 1
    raise RuntimeError('generator failed')
for x in g():
    print('got', x)
