import inspect
def g():
    yield 1
x = g()
print(inspect.getgeneratorstate(x))
next(x)
print(inspect.getgeneratorstate(x))
list(x)
print(inspect.getgeneratorstate(x))
def running():
    yield gen.gi_running
gen = running()
print(next(gen), gen.gi_running)
def self_next():
    yield next(me)
me = self_next()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
print(iter(x) is x, hasattr(x, '__next__'))
