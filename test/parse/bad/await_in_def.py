def f():
    if x:
        return await y
