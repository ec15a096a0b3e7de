words = ['apple', 'avocado', 'banana', 'blueberry', 'cherry', 'apricot']
groups = {}
for w in words:
    groups.setdefault(w[0], []).append(w)
print(groups)
counts = {}
for ch in 'mississippi':
    counts[ch] = counts.get(ch, 0) + 1
print(counts, sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverted = {v: k for k, v in {'a': 1, 'b': 2, 'c': 1}.items()}
print(inverted)
nested = {'x': {'y': {'z': 1}}}
print(nested['x']['y']['z'], nested.get('q', {}).get('r', 'none'))
