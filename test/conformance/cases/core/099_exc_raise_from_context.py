try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError('wrapped') from e
except ValueError as v:
    print(repr(v), repr(v.__cause__), v.__suppress_context__, type(v.__context__).__name__)
try:
    try:
        {}['k']
    except KeyError:
        raise RuntimeError('during')
except RuntimeError as r:
    print(repr(r.__context__), r.__cause__, r.__suppress_context__)
try:
    try:
        raise KeyError
    except KeyError:
        raise TypeError('no ctx') from None
except TypeError as t:
    print(t.__cause__, t.__suppress_context__, repr(t.__context__))
e = ValueError('x')
print(e.__traceback__, e.__context__, e.__cause__)
try:
    raise ValueError from 5
except TypeError as e:
    print('TypeError', e)
