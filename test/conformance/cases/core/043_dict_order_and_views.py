d = {}
for k in ['z', 'y', 'x']:
    d[k] = len(d)
d['y'] = 100
print(d, list(d))
del d['z']; d['z'] = -1
print(d)
ks = d.keys(); vs = d.values(); its = d.items()
d['w'] = 7
print(ks, vs, its, len(ks))
print(ks & {'x', 'q'}, ks | {'n'} == {'x', 'y', 'z', 'w', 'n'}, ks - {'x'} == {'y', 'z', 'w'})
print(('x', 0) in its, list(reversed(d)))
try:
    for k in d:
        d['new'] = 1
except RuntimeError as e:
    print('RuntimeError', e)
