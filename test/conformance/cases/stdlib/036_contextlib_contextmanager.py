from contextlib import contextmanager
@contextmanager
def tag(name):
    print(f'<{name}>')
    try:
        yield name.upper()
    finally:
        print(f'</{name}>')
with tag('p') as t:
    print('body', t)
try:
    with tag('err'):
        raise ValueError('inside')
except ValueError as e:
    print('propagated', e)
@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', e)
with swallow():
    raise KeyError('k')
print('after swallow')
@contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)
