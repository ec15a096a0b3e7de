s = 'pyts'
for i, ch in enumerate(s):
    print(i, ch, ord(ch))
it = iter(s)
print(next(it), next(it), list(it))
print([c.upper() for c in s if c != 'y'])
print(s.encode('ascii'), s.isascii(), '中'.isascii())
