import functools
def power(base, exp, mod=None):
    return pow(base, exp, mod)
square = functools.partial(power, exp=2)
print(square(7), square(7, mod=5), square.func is power, square.args, square.keywords)
p = functools.partial(power, 2)
print(p(10), p(10, 1000), repr(functools.partial(max, 1))[:28])
pp = functools.partial(p, 5)
print(pp(), pp.args, pp.func is power)
class C:
    def m(self, a, b): return a - b
    pm = functools.partialmethod(m, 10)
print(C().pm(3))
