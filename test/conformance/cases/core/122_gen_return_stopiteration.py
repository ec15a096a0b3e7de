def g():
    yield 1
    return 'value'
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
def bad():
    yield 1
    raise StopIteration('x')
try:
    list(bad())
except RuntimeError as e:
    print('RuntimeError', e, type(e.__cause__).__name__)
def empty():
    return
    yield
print(list(empty()))
