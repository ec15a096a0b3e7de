'a'
"a"
'''a'''
"""a"""
'it''s'
"a" "b"
"a" 'b' """c"""
('a'
 'b')
''
""
''''''
""""""
'\n\t\\\'\"\a\b\f\v\r\0'
'\x41\101\u00e9\U0001F600'
'\q\d'
'line\
continued'
"""multi
line
string"""
'''with 'quotes' and "doubles"'''
r'\n'
R'\n'
r"-\|/"
r'\''
r'a\
b'
u'unicode'
U'unicode'
b'bytes'
B'bytes'
b'\x00\xff\n'
br'\x00'
rb'\x00'
Rb'x'
bR'x'
b'a' b'b'
b''
'é' 'ü' '线程'
'😀 astral'
x = "😀" + "a"; y = 1
