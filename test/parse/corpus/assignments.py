a = 1
a = b = c = 2
a, b = b, a
a, = x
(a, b) = 1, 2
[a, b] = [1, 2]
a, *b = x
*a, b = x
a, (b, *c), [d] = x
a.b = 1
a.b.c = 2
a[0] = 1
a[1:2] = x
a[i, j] = 3
a.b[c].d = e
x = yield_ = 3
a += 1
a -= 1; a *= 2; a /= 3; a //= 4; a %= 5; a **= 6; a >>= 7; a <<= 8; a &= 9; a ^= 10; a |= 11; a @= m
a.b += 1
a[0] += 1
x: int
x: int = 1
(y): int = 2
a.b: str
a[0]: list[int] = []
x: tuple = 1, 2
t = 1,
t = 1, 2,
def g():
    x = yield
    y = yield 1
    z = yield from g()
    w: int = yield
    v += yield 2
    u = yield 1, 2
