if a:
    pass
if a: pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
if a:
    pass
else:
    if b:
        pass
for x in y:
    pass
for x, y in z:
    pass
for (x, y) in z: pass
for x, in z: pass
for x in 1, 2, 3:
    pass
else:
    pass
for x in *a, b: pass
for a.b in c: pass
for a[0] in c: pass
while a:
    if b: break
    if c: continue
try:
    pass
except:
    pass
try:
    pass
except E:
    pass
except (E1, E2) as e:
    pass
except F as f:
    pass
else:
    pass
finally:
    pass
try:
    pass
finally:
    pass
try:
    pass
except E:
    pass
finally:
    pass
try:
    pass
except* E:
    pass
except* (F, G) as g:
    pass
with a:
    pass
with a as b:
    pass
with a as b, c as d, e:
    pass
with (a, b):
    pass
with (a as b, c as d):
    pass
with (a as b, c as d,):
    pass
with (a):
    pass
with (a) as b:
    pass
with (a, b) as c:
    pass
with a as (b, c):
    pass
with a as b.c, d as e[0]:
    pass
with (yield):
    pass
with (a, b), c:
    pass
with (x for x in y):
    pass
with ():
    pass
if x:
    if y:
        pass
    elif z:
        pass
x = 1
