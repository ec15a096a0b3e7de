def run(x):
    out = []
    try:
        out.append('try')
        if x == 1:
            raise ValueError('one')
        if x == 2:
            raise KeyError('two')
    except ValueError as e:
        out.append('except ValueError ' + str(e))
    except (KeyError, IndexError) as e:
        out.append('except tuple ' + repr(e))
    else:
        out.append('else')
    finally:
        out.append('finally')
    return out
for x in range(3):
    print(run(x))
try:
    try:
        raise TypeError('inner')
    finally:
        print('inner finally')
except TypeError as e:
    print('outer caught', e)
try:
    pass
except:
    pass
try:
    e = 1
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ne:
    print('NameError', ne)
