def add(a, b):
    return a + b
print('result:', add(1, 2))
print('result:', add(1, 'x'))
