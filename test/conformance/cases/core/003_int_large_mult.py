a = 123456789123456789
b = 987654321987654321
print(a * b)
print(a * b // b == a)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(len(str(2 ** 1000)), str(2 ** 1000)[:20])
print(3 ** 200 % 1000007)
print(pow(3, 200, 1000007), pow(2, 100, 10 ** 9 + 7))
