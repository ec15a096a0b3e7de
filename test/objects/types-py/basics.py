# builtin data types end to end (expected output from CPython 3.11)
d = {'a': 1, 2: [3, 4], (1, 2): 'tup'}
d[1.0] = 'one'
d[True] = 'true'
print(d, len(d), d[1], d.get('zz', 'dflt'))
print(sorted(d.keys(), key=str), list(d.items())[:2])
print({k: v for k, v in zip('abc', range(3))} | {'z': 26})
l = [5, 3, 8, 1]
l.sort(reverse=True)
l.append(l)
print(l, l[1:3], l[::-2][:2])
t = (1, 2.5, 'x', None, True)
print(t, hash((1, 2)), t.index('x'), t.count(1))
print(sorted(['b', 'A', 'c'], key=str.lower), sorted([(2, 'a'), (1, 'b'), (2, 0)], key=lambda p: p[0]))
s = {3, 1, 2}
print(sorted(s), s & {1, 9}, frozenset([1]), set(), len(s | {7}))
print(int('0x1f', 16), int(' -42 '), int(3.9), 7 // -2, -7 % 3, 2 ** -1, 2 ** 100, pow(3, 4, 5), (-1) >> 1)
print(0.1 + 0.2, 1e16, 1e-5, 1 / 3, round(2.675, 2), round(2.5), -7.5 // 2, float('inf'), 3.0 == 3)
print('%5.2f|%-4d|%s|%r|%x' % (3.14159, 42, None, 'q', 255), '{:>8,}|{:08.3f}|{!r}'.format(1234567, -3.5, 'x'))
print(f'{12345.678:,.1f} {42:#b} {"hi":*^6}', 'a,b,,c'.split(','), ' x y '.split(), '-'.join(['a', 'b']))
print('héllo wörld'.title(), 'ABC'.lower(), 'abc'.center(7, '*'), 'x'.zfill(3), '中文'[1], len('😀a'), '😀a'[1])
print(repr("it's"), repr('a"b'), repr('\n\t\\'), ascii('é'), bytes([97, 98, 0]) + bytes([99]), bytes([65, 66]).decode(), 'é'.encode())
try:
    [][0]
except IndexError as e:
    print('IndexError', e)
try:
    {}['k']
except KeyError as e:
    print('KeyError', e)
try:
    int('x')
except ValueError as e:
    print(e)
try:
    [3, 'a'].sort()
except TypeError as e:
    print(e)
class MyList(list):
    pass
m = MyList([1, 2])
m.append(3)
print(m, type(m).__name__, len(m), isinstance(m, list))
class D(dict):
    def __missing__(self, k):
        return k * 2
print(D()['ab'], list(reversed([1, 2, 3])), list(enumerate('ab', 1)), list(map(abs, [-1, 2])), list(filter(None, [0, 1, 2])))
print(range(10)[2:8:2], slice(1, 2), [1, 2, 3, 4][slice(None, None, -1)])
r = range(0, 20, 3)
print(r, len(r), r[-1], r[1:4], 9 in r, 10 in r, list(r[::-2]), r.index(9), list(reversed(range(3))), range(5) == range(0, 5, 1))
print(sum(range(10 ** 6)), complex(1, 2), complex(0, 1) * complex(0, 1), abs(complex(3, 4)), complex('1-2j'), 2 ** 0.5)
