def f1():
    try:
        return 'try'
    finally:
        print('f1 finally')
def f2():
    try:
        return 'try'
    finally:
        return 'finally'
def f3():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
            print('body', i)
        finally:
            print('finally', i)
    return 'done'
def f4():
    try:
        raise ValueError('lost')
    finally:
        return 'swallowed'
def f5():
    x = 0
    while True:
        try:
            x += 1
            if x > 2:
                return x
        finally:
            print('f5 finally', x)
print(f1(), f2(), f3(), f4(), f5())
def f6():
    try:
        try:
            raise KeyError('a')
        except KeyError:
            return 'from except'
        finally:
            print('f6 inner finally')
    finally:
        print('f6 outer finally')
print(f6())
