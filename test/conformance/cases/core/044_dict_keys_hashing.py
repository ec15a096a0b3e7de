d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d2 = {(1, 2): 'tuple', frozenset([1]): 'fs', None: 'none', 'a': 'str', 2 ** 70: 'big'}
print(d2[(1, 2)], d2[frozenset([1])], d2[None], d2[2 ** 70])
try:
    {[1]: 2}
except TypeError as e:
    print('TypeError', e)
print({'a': 1} == {'a': 1.0}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
