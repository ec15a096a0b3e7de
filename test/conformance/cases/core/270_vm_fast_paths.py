class L(list):
    def __iter__(self): return iter([1, 2])
a, b = L([5])
print(a, b)
class T(tuple):
    def __iter__(self): return iter('xy')
a, b = T((1, 2))
print(a, b)
print(2.0 ** 0.5, 2 ** 0.5, 2.0 ** 3, (-8.0) ** (1/3), 0.0 ** 0, (-2.0) ** 3)
x = 2.0; x **= 3; print(x)
try: 0.0 ** -1
except ZeroDivisionError as e: print(e)
try: 10.0 ** 400
except OverflowError as e: print(e)
print(float('nan') ** 0, float('inf') ** -1)
print('\uffff' < '\U00010000', '\U00010000' > '\uffff', min('\uffff', '\U00010000'), max(['\U00010000', '\uffff']) == '\U00010000')
print(sorted(['\U00010000', '\uffff', 'a', '\ud7ff']) == ['a', '\ud7ff', '\uffff', '\U00010000'])
print('a\U00010000' < 'a\uffff', '\ue000' < '\U00010000', '\U0001F600' < '\U0001F601')
def g(n):
    for i in range(n): yield i
print(sum(g(10)), sum(g(0)), sum(g(5), 10), sum((x * 0.5 for x in g(4))))
class A:
    def __init__(s, v): s.v = v
    def __add__(s, o): return A(s.v + (o.v if isinstance(o, A) else o))
    def __radd__(s, o): return A(o + s.v)
print(sum(A(i) for i in range(5)).v)
def bad():
    yield 1
    raise KeyError('x')
try: sum(bad())
except KeyError as e: print('KeyError', e)
def si():
    yield 1
    raise StopIteration
try: sum(si())
except RuntimeError as e: print('RuntimeError', e, type(e.__cause__))
class It:
    def __init__(s): s.i = 0
    def __iter__(s): return s
    def __next__(s):
        s.i += 1
        if s.i > 3: raise StopIteration
        return s.i
print(sum(It()), sum(It(), 100))
x = g(3); next(x); print(sum(x))
print(sum(x))
def ret():
    yield 5
    return 7
print(sum(ret()))
try: sum(g(3), 'a')
except TypeError as e: print(e)
try: sum([1, 'a'])
except TypeError as e: print(e)
try: sum(iter([1, 'a']))
except TypeError as e: print(e)
gg = (i for i in range(3))
def reent():
    yield sum(gg2)
gg2 = reent()
try: print(sum(gg2))
except ValueError as e: print(e)
x = 1
for i in range(5):
    x = x + i
    if i == 2:
        del x
        x = 100
print(x)
def f(): return 5
for i in range(3):
    print(f(), len('ab'))
    if i == 1:
        len = lambda s: 42
del len
print(len('abc'))
class C:
    a = 1
    for j in range(3):
        a = a + j
    print(a)
ns = {'y': 1}
code = compile('y = y + 1', 's', 'exec')
for k in range(3): exec(code, ns)
ns2 = {'y': 10}
exec(code, ns2); print(ns['y'], ns2['y'])
