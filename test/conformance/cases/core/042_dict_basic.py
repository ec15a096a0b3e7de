d = {'b': 2, 'a': 1}
d['c'] = 3
print(d, len(d), d['a'], d.get('z'), d.get('z', 0), 'a' in d, 2 in d)
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop('b'), d, d.pop('zz', 'dflt'), d.setdefault('e', 5), d.setdefault('a', 100), d)
d.update({'f': 6}, g=7); d.update([('h', 8)]); print(d)
print(d.popitem(), d)
del d['a']; print(d)
try:
    d['missing']
except KeyError as e:
    print('KeyError', e, repr(e))
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
print(dict(a=1, b=2), dict([(1, 2)]), dict.fromkeys('ab', 0), {**d, 'z': 0}, d | {'q': 1})
