print([x * 2 for x in range(5)])
print([(x, y) for x in range(3) for y in range(x)])
print([x for x in range(20) if x % 2 if x % 3])
print([[y for y in range(x)] for x in range(4)])
print({c for c in 'hello'} == set('helo'), {k: len(k) for k in ['a', 'bb']})
x = 'outer'
l = [x for x in 'abc']
print(x, l)
m = [[1, 2], [3, 4]]
print([n for row in m for n in row], [row[i] for i in range(2) for row in m])
print([i for i in range(3)] + [j * j for j in [] ])
