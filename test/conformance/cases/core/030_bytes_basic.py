b = b'hello world'
print(b, len(b), b[0], b[-1], b[0:5], b[::-1], b.upper(), b.split(), b.replace(b'o', b'0'))
print(bytes([65, 66, 67]), bytes(3), bytes('ab', 'ascii'), bytearray(b'xy'), list(b'ab'))
print(b.hex(), bytes.fromhex('414243'), b'\x00\xff', b'a' + b'b', b'ab' * 2, b'ell' in b)
print(repr(b"it's"), repr(b'\n\t\\'), b.decode(), b.find(b'o'), b.count(b'l'), b.startswith(b'he'))
ba = bytearray(b'abc')
ba[0] = 120
ba.append(100)
ba.extend(b'ef')
print(ba, len(ba), bytes(ba), ba.pop(), ba)
try:
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
print(b'abc' == b'abc', b'abc' < b'abd', b'a' == 'a')
