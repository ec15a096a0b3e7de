class C:
    items = [1, 2, 3]
    doubled = [i * 2 for i in items]
    try:
        bad = [i * y for i in items for y in items if False]
    except NameError as e:
        bad = str(e)
print(C.doubled, C.bad)
matrix = [[1, 2, 3], [4, 5, 6]]
print([[row[i] for row in matrix] for i in range(3)])
print({(x, y) for x in range(2) for y in range(2)} == {(0, 0), (0, 1), (1, 0), (1, 1)})
