print(int('42'), int('-17'), int('  12  '), int('0x1f', 16), int('ff', 16), int('0b101', 0), int('0o17', 0), int('z', 36))
print(int(3.9), int(-3.9), int(True), int('1_000_000'))
for bad in ['abc', '', '1.5', '0x10']:
    try:
        int(bad)
    except ValueError as e:
        print(e)
print(int('10', 2), int('777', 8))
try:
    int('9', 8)
except ValueError as e:
    print(e)
