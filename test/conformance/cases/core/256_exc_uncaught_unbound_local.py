def f():
    if False:
        value = 1
    return value
print('before')
f()
