def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
i = outer(); print(i(), i())
def make(n):
    return [lambda: k * n for k in [1, 2, 3]]
print([f() for f in make(10)])
def cell_arg(a):
    def g(): return a
    a += 1
    return g
print(cell_arg(5)())
def unbound():
    def g(): return z
    try: g()
    except NameError as e: print(e)
    z = 1
unbound()
def local_unbound():
    try:
        print(q)
    except UnboundLocalError as e:
        print(e)
    q = 1
local_unbound()
x = 10
def glob():
    global x
    x += 5
glob(); print(x)
try: nope
except NameError as e: print(e)
class K:
    y = 3
    def m(self): return __class__
    z = [y for _ in [1]] if False else y * 2
print(K().m() is K, K.z)
