b = bytes(range(10))
print(b, b[2:5], list(b[::3]), b.index(5), 3 in b, b'\x03' in b)
print(b'abc'.upper(), b'  x '.strip(), b'a,b'.split(b','), b'-'.join([b'a', b'b']), b'abc'.hex(':'))
print(int.from_bytes(b'\x00\x10', 'big'), (4096).to_bytes(4, 'little'), b'\x01\x02' + bytes(2))
ba = bytearray(5)
ba[1:3] = b'xy'
print(ba, ba.decode('latin-1').encode() == bytes(ba), bytearray(b'abc').upper(), bytes(bytearray(b'q')))
print(repr(b'\x80\xff'), b'hello'.title(), b'Hi'.swapcase(), b'a' * 3, len(b''))
