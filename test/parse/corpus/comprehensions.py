[x for x in y]
[x for x in y if x]
[x for x in y if x if not x]
[x for x in y for z in x]
[x for x in y if x for z in x if z]
[(x, y) for x, y in z]
[x for x, in y]
[x for (x, y) in z]
[x for *x, y in z]
[x for x in a in b]
[x for x in lambda_]
[x for x in (lambda: 0)()]
[x for x in y if (z := x)]
[[x for x in y] for y in z]
{x for x in y}
{x: y for x, y in z}
{x: y for x in a for y in b if x if y}
(x for x in y)
(x for x in y if x)
sum(x for x in y)
list(x for x in (y for y in z))
[x.a for x.a in y]
[x for x[0] in y]
[x for x in y if a or b]
[x if c else d for x in y]
[lambda: x for x in y]
