import functools
calls = []
@functools.lru_cache(maxsize=2)
def f(x):
    calls.append(x)
    return x * 10
print(f(1), f(2), f(1), f(3), f(2), f(1))
print(calls, f.cache_info())
f.cache_clear()
print(f.cache_info())
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(100), fib.cache_info().hits, fib.cache_info().misses)
@functools.lru_cache(maxsize=None)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed.cache_info().currsize)
