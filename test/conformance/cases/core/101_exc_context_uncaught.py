print('start')
try:
    [][1]
except IndexError:
    raise KeyError('second')
