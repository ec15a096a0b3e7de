print(list(map(abs, [-1, 2, -3])), list(map(pow, [2, 3], [3, 2])), list(map(lambda a, b: a + b, 'ab', 'cde')))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])), list(filter(str.isdigit, 'a1b2')))
print(type(map(str, [])).__name__, type(filter(None, [])).__name__)
m = map(lambda x: 10 // x, [5, 0])
print(next(m))
try:
    next(m)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
