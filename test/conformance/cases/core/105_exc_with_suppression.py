import contextlib
class Suppress:
    def __init__(self, *types): self.types = types
    def __enter__(self): return self
    def __exit__(self, et, ev, tb):
        return et is not None and issubclass(et, self.types)
with Suppress(ValueError):
    int('nope')
print('continued')
try:
    with Suppress(ValueError):
        [][0]
except IndexError as e:
    print('IndexError escaped', e)
def gen():
    with Suppress(ZeroDivisionError):
        yield 1
        1 / 0
    yield 2
print(list(gen()))
with contextlib.suppress(KeyError):
    {}['x']
print('done')
