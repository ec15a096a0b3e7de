sq = lambda x: x * x
print(sq(7), (lambda: 'noargs')(), (lambda *a, **k: (a, k))(1, z=2))
print(sq.__name__, (lambda x, y=3: x + y)(1))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
compose = lambda f, g: lambda x: f(g(x))
print(compose(str, sq)(5) + '!')
print(list(map(lambda x: x + 1, [1, 2])), list(filter(lambda x: x % 2, range(6))))
