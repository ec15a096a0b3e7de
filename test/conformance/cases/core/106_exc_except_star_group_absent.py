try:
    raise ExceptionGroup('group', [ValueError('a'), TypeError('b')])
except* ValueError as eg:
    print('got values', eg.exceptions)
except* TypeError as eg:
    print('got types', eg.exceptions)
eg = ExceptionGroup('msg', [KeyError('k')])
print(repr(eg), str(eg), eg.message)
