parts = []
for i in range(5):
    parts.append(str(i) * i)
print('|'.join(parts))
s = ''
for ch in 'hello':
    s += ch.upper()
print(s)
s2 = 'x'
s2 += 'y' * 3
print(s2, len(s2))
lines = '\n'.join(f'line {n}' for n in range(3))
print(lines)
print(''.join(reversed('stressed')))
