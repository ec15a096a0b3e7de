def g(x):
    raise RuntimeError(
        "multi")
def f():
    g(1)
f()
