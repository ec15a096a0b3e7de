# functools.singledispatch and singledispatchmethod
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(x):
    """Describe a value."""
    return f'object {x!r}'

@describe.register
def _(x: int):
    return f'int {x}'

@describe.register(list)
def _(x):
    return f'list of {len(x)}'

def for_str(x):
    return f'str {x}'
describe.register(str, for_str)

@describe.register
def _(x: float | complex):
    return f'number {x}'


class Animal:
    pass

class Dog(Animal):
    pass

@describe.register
def _(a: Animal):
    return f'animal {type(a).__name__}'


print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(1.5), describe(2j))
print(describe(None), describe((1,)), describe(Dog()), describe(Animal()))
print(describe.__name__, describe.__doc__, describe.__wrapped__.__name__)
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(object) is describe.__wrapped__)
print(describe.dispatch(str) is for_str, sorted(k.__name__ for k in describe.registry))
print(type(describe.registry).__name__, describe.registry[list].__name__)

@describe.register(Dog)
def _(d):
    return 'a dog!'

print(describe(Dog()), describe(Animal()))

for bad in (lambda: describe.register(3), lambda: describe.register(3, for_str)):
    try:
        bad()
    except TypeError as e:
        print('TypeError:', e)

try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print('TypeError:', e.args[0].split(':')[0])

try:
    @describe.register
    def _(x: 3):
        pass
except TypeError as e:
    print('TypeError:', e)

try:
    describe()
except TypeError as e:
    print('TypeError:', e)

print(describe(x=1) if False else 'kw ok')


class Formatter:
    def __init__(self, prefix):
        self.prefix = prefix

    @singledispatchmethod
    def fmt(self, arg):
        return f'{self.prefix}? {arg!r}'

    @fmt.register
    def _(self, arg: int):
        return f'{self.prefix}int {arg}'

    @fmt.register(list)
    def _(self, arg):
        return f'{self.prefix}list ' + ','.join(self.fmt(x) for x in arg)


f = Formatter('> ')
print(f.fmt(3), f.fmt('a'), f.fmt([1, 'b']))
print(Formatter.fmt.__name__ if hasattr(Formatter.fmt, '__name__') else 'no name')
