from contextlib import contextmanager
@contextmanager
def announce():
    print('enter')
    yield
    print('exit')
@announce()
def f(x):
    print('in f', x)
    return x * 2
print(f(3))
print(f(4))
