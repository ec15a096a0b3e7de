for n in [0, 1, 255, -255, 2 ** 64, -(2 ** 70)]:
    print(hex(n), oct(n), bin(n))
print(0xff, 0o777, 0b1010, 1_000_000)
