class Both:
    def __repr__(self): return 'Both<repr>'
    def __str__(self): return 'Both<str>'
class ReprOnly:
    def __repr__(self): return 'ReprOnly<repr>'
b, r = Both(), ReprOnly()
print(b, r, [b, r], str(b), repr(b), f'{b} {b!r}', '%s %r' % (b, b), str(r))
class BadStr:
    def __str__(self): return 5
try:
    str(BadStr())
except TypeError as e:
    print('TypeError', e)
class P: pass
print(repr(P()).startswith('<__main__.P object at 0x'), str(P) , repr(int), repr(len), repr(None))
