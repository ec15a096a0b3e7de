def f():
    try:
        raise ValueError('first')
    except ValueError:
        try:
            raise TypeError('second')
        except TypeError as e:
            return repr(e.__context__)
print(f())
try:
    try:
        raise ValueError('A')
    finally:
        print('finally runs')
except ValueError as e:
    print('got', e)
def g():
    for i in range(3):
        try:
            raise KeyError(i)
        except KeyError as e:
            if i == 1:
                continue
            print('handled', e)
    return 'end'
print(g())
