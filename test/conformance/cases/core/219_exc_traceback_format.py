import traceback
def inner():
    raise ValueError('deep')
def outer():
    inner()
try:
    outer()
except ValueError:
    lines = traceback.format_exc().splitlines()
    print(lines[0])
    print(lines[-1])
    print([l.strip() for l in lines if l.strip().startswith(('inner()', 'raise', 'outer()'))])
    print(sum(1 for l in lines if l.lstrip().startswith('File ')))
