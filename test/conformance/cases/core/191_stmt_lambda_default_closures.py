adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
def make_multiplier(m):
    return lambda x: x * m
doubles, triples = make_multiplier(2), make_multiplier(3)
print(doubles(5), triples(5))
print((lambda *args: sum(args))(1, 2, 3), (lambda **kw: sorted(kw))(b=1, a=2))
