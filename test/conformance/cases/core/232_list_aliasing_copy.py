grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(3)]
grid2[0][0] = 1
print(grid2)
a = [1, [2, 3]]
b = a[:]
c = list(a)
b[1].append(4)
b[0] = 99
print(a, b, c)
import copy
d = copy.deepcopy(a)
d[1].append(5)
print(a, d)
print([] is [], a == a[:], a is a[:])
