n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
i = 0
out = []
while True:
    i += 1
    if i % 2:
        continue
    if i > 10:
        break
    out.append(i)
print(out)
a, b = 0, 1
while b < 1000:
    a, b = b, a + b
print(a, b)
stack = [1, [2, [3, [4]]]]
flat = []
while stack:
    item = stack.pop()
    if isinstance(item, list):
        stack.extend(item)
    else:
        flat.append(item)
print(sorted(flat))
