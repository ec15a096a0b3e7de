def f(d):
    return d['k'] + 1

def g():
    x = f({})
    return x

try:
    g()
except KeyError as e:
    raise ValueError("bad") from e
