data = {'name': 'pyts', 'tags': ['gil', 'threads'], 'ver': (0, 1), 'ok': True, 'none': None, 'f': 1.50}
print(data)
print(str(data), repr(data) == str(data))
print([1.0, 2.5, -0.0, 1e100, float('inf')], (1.0,), {1.5: 2.25})
print(['quote\'s', "dq\"", 'both\'"', 'nl\n', 'tab\t', 'uni中', 'bs\\'])
print({'k': {'nested': [(), (1,), set(), frozenset()]}})
print(f'{data["tags"]!r:>30}|', '%-20s|' % (data['ver'],))
