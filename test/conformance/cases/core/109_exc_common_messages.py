nothing = None
five = 5
tests = [
    lambda: None.foo,
    lambda: (1).foo,
    lambda: 'abc' + 5,
    lambda: 5 + 'abc',
    lambda: [1, 2][5],
    lambda: {'a': 1}['b'],
    lambda: len(5),
    lambda: int('1.5'),
    lambda: nothing(),
    lambda: 'x' * 'y',
    lambda: [].foo(),
    lambda: (1, 2).append(3),
    lambda: float('abc'),
    lambda: {}.get(),
    lambda: 1 < 'a',
    lambda: -'a',
    lambda: five[0],
    lambda: iter(5),
    lambda: next(iter([])),
    lambda: abs('x'),
    lambda: sum(['a', 'b']),
    lambda: chr(-1),
    lambda: ord('ab'),
    lambda: [1, 2, 3].index(9),
    lambda: object().x,
    lambda: 'abc'.foo,
    lambda: hash([]),
    lambda: set([1, 2])[0],
    lambda: max([]),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__ + ':', e)
