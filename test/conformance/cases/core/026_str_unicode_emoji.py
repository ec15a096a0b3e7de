s = 'hi 🐍 py 😀!'
print(len(s), s[3], s[-2], s[3:5], list(s[:4]))
print(s.index('😀'), s.upper(), s[::-1])
print(ord('🐍'), chr(128013), hex(ord('😀')), len('🐍'.encode('utf-8')), '🐍'.encode('utf-8'))
print(repr('🐍'), ascii('🐍'), ascii('é'))
print('a😀b'.split('😀'), '😀' * 3, '😀😀'.count('😀'))
print('\u00e9', '\N{GREEK SMALL LETTER ALPHA}', '\U0001F600' == '😀', '\x41')
