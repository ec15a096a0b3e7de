# String building: str.join over a generator, += in a loop, f-strings, split and len.
parts = []
for i in range(100_000):
    parts.append(f'{i}:{i * 7 % 13}')
joined = ','.join(parts)
s = ''
for i in range(100_000):
    s += chr(97 + i % 26)
words = joined.split(',')
print(len(joined), len(s), s[-5:], len(words), sum(len(w) for w in words))
