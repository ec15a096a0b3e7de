# int ** negative int and float ** negative integer are computed by C's pow in CPython, which rounds
# correctly where JS's ** does not (7 ** -2).
for b in (2, 3, 7, 10, -3, 12345):
    for e in (-1, -2, -3, -5, -7):
        print(b, e, b ** e, float(b) ** e, pow(b, e))
print(2 ** -1074, 2 ** -1075, 1 ** -999, (-1) ** -3)
