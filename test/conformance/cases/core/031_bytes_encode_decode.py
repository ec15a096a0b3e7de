s = 'naïve café 线'
e = s.encode('utf-8')
print(e, len(e), e.decode('utf-8') == s)
print(s.encode('latin-1', errors='replace'), s.encode('ascii', 'ignore'), s.encode('ascii', 'backslashreplace'))
try:
    s.encode('ascii')
except UnicodeEncodeError as ex:
    print('UnicodeEncodeError', ex)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as ex:
    print('UnicodeDecodeError', ex)
print(b'\xff'.decode('utf-8', 'replace'), b'\xe4\xb8'.decode('utf-8', 'ignore') == '')
