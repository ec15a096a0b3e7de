def f(): pass
def f(a): pass
def f(a, b): pass
def f(a, b=1): pass
def f(a=1, b=2,): pass
def f(*args): pass
def f(**kwargs): pass
def f(*args, **kwargs): pass
def f(a, *, b): pass
def f(a, *, b=1, c): pass
def f(a, /): pass
def f(a, /, b): pass
def f(a, b=1, /, c=2): pass
def f(a, /, *, b): pass
def f(a, /, b, *c, d, e=1, **f): pass
def f(a: int, b: str = "x", *c: int, d: float = 1.0, **e: dict) -> None: pass
def f(a,): pass
def f(*, a): pass
def f(
    a,
    b,
):
    return a + b
def f() -> "x": return
def g():
    def h():
        nonlocal x
        return x
    x = 1
    return h
def gen():
    yield
    yield 1
    yield 1, 2
    yield from x
    x = yield
    await_ = (yield)
lambda: 0
lambda x: x
lambda x, y=1: x + y
lambda *a, **k: (a, k)
lambda a, /, b, *, c: 0
lambda *, a=1: a
lambda a, b=2,: 0
f = lambda: (yield)
