pass; pass
x = 1; y = 2;
del x
del a, b.c, d[0],
del (a, b), [c]
return_value = None
assert x
assert x, "msg"
raise
raise E
raise E("x") from None
global g1
global g1, g2
nonlocal_name = 1
break_ = continue_ = 0
while True:
    break
while x:
    continue
else:
    pass
