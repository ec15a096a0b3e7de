# Dict insert and lookup with int and str keys.
d = {}
for i in range(300_000):
    d[i] = i * 2
total = 0
for i in range(0, 600_000, 2):
    total += d.get(i, 1)
names = {}
for i in range(100_000):
    names['k' + str(i)] = i
hits = 0
for i in range(200_000):
    if ('k' + str(i)) in names:
        hits += 1
print(len(d), total, len(names), hits)
