import copy, operator
rows = [{'n': 'b', 'v': 2}, {'n': 'a', 'v': 2}, {'n': 'c', 'v': 1}]
snapshot = copy.deepcopy(rows)
rows.sort(key=operator.itemgetter('v', 'n'))
print([r['n'] for r in rows], [r['n'] for r in snapshot])
rows[0]['n'] = 'changed'
print(snapshot[2]['n'])
