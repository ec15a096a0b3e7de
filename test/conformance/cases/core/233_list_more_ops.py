l = [5, 2, 8, 2, 9]
print(l.index(2), l.index(2, 2), l.count(2), sorted(l), min(l), max(l), sum(l), len(l))
print(l[::-1], l[1::2], 8 in l, 7 not in l, l + l[:1], [x for x in l if x > 4])
l[1:3] = []
print(l)
l.extend(range(3))
l += 'ab'
print(l)
l *= 2
print(len(l), l[-3:])
print(list(map(list, zip([1, 2], [3, 4]))), [[1, 2], [3]] == [[1, 2], [3]])
print([1, 2, 3][-1:-4:-1], [0, 1, 2, 3, 4][-2::-2])
