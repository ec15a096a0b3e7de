x = 1
def f():
    print(x)
    x = 2
try:
    f()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
def g():
    del y
try:
    g()
except UnboundLocalError as e:
    print('UnboundLocalError', e)
try:
    print(undefined_name)
except NameError as e:
    print('NameError', e)
def h():
    return also_undefined
try:
    h()
except NameError as e:
    print('NameError', e)
