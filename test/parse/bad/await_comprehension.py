def f():
    return [await y for y in z]
