1 + 2 * 3
(1 + 2) * 3
1 - 2 - 3
2 ** 3 ** 4
-2 ** 2
(-2) ** 2
2 ** -1
-x
+x
~x
not x
not not x
x if y else z
a if b else c if d else e
(a if b else c) if d else e
a or b or c
a and b and c
a or b and c or d
a and not b
not a and b
not a == b
a < b
a < b < c
a == b != c
a is b
a is not b
a in b
a not in b
a < b == c > d <= e >= f != g is h is not i in j not in k
a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
a | b | c
a << b << c
x[0] + y.z * f(w)
(a)
((a))
(a) + b
a + (b)
((a) + (b)) * (c)
(a).b
(a)(b)
(a)[b]
x = (a).b(c)[d]
a.b.c.d
a()()()
a[1][2][3]
f(a)(b)[c].d
(yield)
(x := 1)
-(a)
not (a)
(a) if (b) else (c)
(a) < (b)
(a) and (b)
await_ = 1
f((a), (b))
f(x=(a))
[(a), (b)]
{(a): (b)}
a[(b)]
