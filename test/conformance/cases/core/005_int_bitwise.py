x = 0b1011
print(~x, ~0, ~-1, ~(2 ** 70))
print(x & 6, x | 4, x ^ 15)
print(1 << 10, 1 << 64, 1 << 100, -1 << 3)
print(1024 >> 3, -1024 >> 3, -1 >> 10, (2 ** 100) >> 90)
print(-5 & 0xff, -5 | 2, -5 ^ 3)
print((2 ** 80 - 1) & (2 ** 40 + 12345))
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
