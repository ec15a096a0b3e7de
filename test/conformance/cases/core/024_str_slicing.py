s = 'abcdefghij'
print(s[0], s[-1], s[2:5], s[:3], s[7:], s[::2], s[::-1], s[-3:-1], s[5:2], s[1:8:3], s[8:1:-2])
print(s[100:], s[-100:2], s[:-100])
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
print(len(s), 'c' in s, 'cd' in s, 'dc' in s, '' in s)
print(s[slice(1, 4)], s[slice(None, None, -3)])
