f = frozenset([1, 2, 3])
print(f, repr(frozenset()), len(f), 2 in f, f | {4}, type(f | {4}).__name__, type({4} | f).__name__)
print(hash(f) == hash(frozenset([3, 2, 1])), {f: 'ok'}[frozenset({1, 2, 3})])
print(frozenset('ab') == {'a', 'b'}, f.issubset(range(5)))
try:
    f.add(4)
except AttributeError as e:
    print('AttributeError', e)
