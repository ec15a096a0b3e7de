import functools
from functools import partial, reduce, wraps, lru_cache, total_ordering, cmp_to_key, cached_property
def f(a, b, c=1):
    "doc of f"
    return (a, b, c)
p = partial(f, 1, c=2)
print(p(5), p.args, p.keywords, p.func is f)
q = partial(p, 3, d=4)
print(q.func is f, q.args, q.keywords)
print(repr(partial(len, 'ab')))
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)
print(reduce(lambda x, y: x + y, [1, 2, 3]), reduce(lambda x, y: x * y, [], 7))
for bad in [lambda: reduce(f), lambda: reduce(lambda x, y: x, []), lambda: partial(), lambda: partial(1), lambda: functools.lru_cache('x')]:
    try: bad()
    except TypeError as e: print(e)
def deco(fn):
    @wraps(fn)
    def inner(*a, **k):
        return fn(*a, **k)
    return inner
g = deco(f)
print(g.__name__, g.__doc__, g.__wrapped__ is f, g(1, 2))
@lru_cache(maxsize=2)
def sq(x):
    print('compute', x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2))
print(sq.cache_info(), sq.cache_parameters(), sq.__name__)
sq.cache_clear(); print(sq.cache_info())
@lru_cache
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())
@functools.cache
def h(x): return x + 1
print(h(1), h.cache_info())
@total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(1) <= V(1), V(3) >= V(2))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)))
class C:
    def __init__(self): self.n = 0
    @cached_property
    def val(self):
        self.n += 1
        return 42
c = C(); print(c.val, c.val, c.n)
class M:
    @lru_cache(maxsize=None)
    def m(self, x): return x * 2
print(M().m(4))
try:
    total_ordering(type('Z', (), {}))
except ValueError as e: print(e)
