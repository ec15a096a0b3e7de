# next() without a default propagates __next__'s own StopIteration (with its value).
def g():
    yield 1
    return 'value'

it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print(repr(e), e.value, e.args)
print(next(it, 'dflt'))

class It:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration(42)

try:
    next(It())
except StopIteration as e:
    print('custom', e.value)
print(next(It(), 'd'))
try:
    next(iter([]))
except StopIteration as e:
    print('empty', repr(e))
try:
    next([1])
except TypeError as e:
    print(e)
