from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack, redirect_stdout, ContextDecorator
import sys
@contextmanager
def cm(tag):
    print('enter', tag)
    try:
        yield tag.upper()
    except KeyError as e:
        print('caught', repr(e))
    finally:
        print('exit', tag)
with cm('a') as v:
    print('body', v)
with cm('b'):
    raise KeyError('k')
try:
    with cm('c'):
        raise ValueError('v')
except ValueError as e:
    print('propagated', e)
@contextmanager
def noyield():
    if False:
        yield
try:
    with noyield(): pass
except RuntimeError as e: print(e)
@contextmanager
def twice():
    yield 1
    yield 2
try:
    with twice(): pass
except RuntimeError as e: print(e)
@cm('deco')
def work(x):
    print('work', x)
    return x
print(work(5))
with suppress(ZeroDivisionError):
    1 / 0
print('suppressed')
class Thing:
    def close(self): print('closed')
with closing(Thing()) as t: print(type(t).__name__)
with nullcontext(7) as n: print(n)
with ExitStack() as st:
    st.callback(print, 'cb1')
    st.callback(print, 'cb2')
    x = st.enter_context(cm('es'))
    print('in stack', x)
with ExitStack() as st:
    st.push(lambda *a: True)
    raise IndexError
print('after suppressing stack')
class Deco(ContextDecorator):
    def __enter__(self): print('D enter'); return self
    def __exit__(self, *exc): print('D exit', exc[0]); return False
@Deco()
def dd(): print('dd body')
dd()
print(cm.__name__, work.__name__)
@contextmanager
def reraise():
    try:
        yield
    except Exception:
        raise
try:
    with reraise(): raise TypeError('t')
except TypeError as e: print('reraised', e)
