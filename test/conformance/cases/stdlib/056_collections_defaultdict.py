from collections import defaultdict
dd = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    dd[k].append(v)
print(dd, dict(dd), dd['missing'], len(dd))
counts = defaultdict(int)
for ch in 'hello':
    counts[ch] += 1
print(sorted(counts.items()), counts.default_factory)
nd = defaultdict(lambda: 'N/A')
print(nd['x'], dict(nd))
plain = defaultdict()
try:
    plain['k']
except KeyError as e:
    print('KeyError', e)
print(dd.get('zz'), 'zz' in dd)
