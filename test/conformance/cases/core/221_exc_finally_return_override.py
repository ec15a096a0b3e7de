def f():
    for i in range(3):
        try:
            return i
        finally:
            if i < 2:
                continue
    return 'loop end'
print(f())
def g():
    try:
        1 / 0
    except ZeroDivisionError:
        return 'except'
    finally:
        print('finally before return')
print(g())
def h():
    x = 1
    try:
        return x
    finally:
        x = 2
print(h())
