d = dict.fromkeys(['a', 'b'])
print(d, dict.fromkeys('xy', []))
d.update(a=1)
print(d.copy(), d.get('b', 'x'), list(d.items())[0])
c = {'x': {'y': 1}}
cc = c.copy()
cc['x']['y'] = 2
print(c)
print({1: 'a'} == {1.0: 'a'}, {} == dict(), dict(((1, 2), (3, 4))))
d2 = {'b': 1}
d2 |= {'a': 2}
print(d2, sorted(d2), sorted(d2, key=d2.get), max(d2, key=d2.get))
print(dict(sorted({'z': 1, 'a': 2}.items())))
try:
    dict([(1, 2, 3)])
except ValueError as e:
    print('ValueError', e)
