T = type('T', (), {'x': 1, '__repr__': lambda self: 'T!'})
print(T(), T.x, T.__name__, T.__bases__, T.__mro__)
U = type('U', (T,), {})
print(U(), issubclass(U, T), U.__qualname__)
print(type(5) is int, type('a')('xyz'), type(T()).__name__)
try:
    type('Bad', (5,), {})
except TypeError as e:
    print('TypeError', e)
try:
    type(1, 2)
except TypeError as e:
    print('TypeError', e)
