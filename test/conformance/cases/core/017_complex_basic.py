z = 3 + 4j
print(z, abs(z), z.real, z.imag, z.conjugate())
print(z * z, z + 1, 1j * 1j, complex(1, 2), complex('2+3j'))
print((1 + 2j) == (1 + 2j), type(z).__name__)
print(repr(2j), repr(-1j), repr(complex(0, 0)), repr(1 + 0j))
