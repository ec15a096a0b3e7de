print(chr(65), chr(0x4e2d), chr(0x1F40D), ord('A'), ord('\n'), ord('😀'))
print(hex(255), hex(-1), oct(8), bin(10), bin(-10), hex(2 ** 64))
print(format(255, 'x'), format(255, '#010b'), int(hex(1234), 16), int(bin(77), 2), int(oct(99), 8))
class Idx:
    def __index__(self): return 42
print(hex(Idx()), bin(Idx()), '%x' % Idx(), list(range(50))[Idx()])
try:
    hex(1.5)
except TypeError as e:
    print('TypeError', e)
