# __traceback__ / sys.exc_info()[2] / __exit__'s tb: traceback objects with frames.
import sys

def inner(x):
    y = x * 2
    raise ValueError('boom')

def outer():
    inner(21)

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno, type(tb.tb_lasti).__name__))
        last = tb
        tb = tb.tb_next
    print(names)
    print(sorted(last.tb_frame.f_locals.items()))
    print(e.__traceback__ is e.__traceback__, sys.exc_info()[2] is e.__traceback__)
    print(e.with_traceback(None).__traceback__)

class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        print('exit', t.__name__, v, type(tb).__name__, tb.tb_lineno, tb.tb_next)
        return True

with CM():
    1 / 0

def deep():
    raise KeyError(1)

try:
    deep()
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, tb.tb_frame.f_code.co_name, tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next)

# A re-raised exception keeps its old entries behind the new ones.
def again(e):
    raise e

try:
    try:
        deep()
    except KeyError as e:
        again(e)
except KeyError as e:
    tb, n = e.__traceback__, []
    while tb:
        n.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(n)

# __traceback__ assignment
e = RuntimeError('x')
print(e.__traceback__)
try:
    e.__traceback__ = 5
except TypeError as err:
    print('TypeError', err)
try:
    raise RuntimeError('y')
except RuntimeError as r:
    saved = r.__traceback__
e.__traceback__ = saved
print(e.__traceback__ is saved, e.__traceback__.tb_frame is saved.tb_frame)
print(sys.exc_info())
