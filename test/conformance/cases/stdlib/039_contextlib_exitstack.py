from contextlib import ExitStack, contextmanager
@contextmanager
def res(name):
    print('acquire', name)
    yield name
    print('release', name)
with ExitStack() as stack:
    names = [stack.enter_context(res(n)) for n in 'abc']
    stack.callback(print, 'callback ran')
    print('using', names)
with ExitStack() as stack:
    stack.enter_context(res('x'))
    later = stack.pop_all()
print('x not released yet')
later.close()
def cleanup(et, ev, tb):
    print('exit func sees', et.__name__ if et else None)
    return True
with ExitStack() as stack:
    stack.push(cleanup)
    raise ValueError('suppressed by pushed exit')
print('done')
