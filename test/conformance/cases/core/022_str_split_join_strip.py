print('a,b,,c'.split(','), 'a b  c '.split(), '  lead'.split(' '), 'a,b,c'.split(',', 1), 'a,b,c'.rsplit(',', 1))
print('line1\nline2\r\nline3'.splitlines(), 'x\ny\n'.splitlines(True))
print('-'.join(['a', 'b', 'c']), ''.join(map(str, range(5))), ', '.join([]))
print(repr('  pad  '.strip()), repr('xxhixx'.strip('x')), repr('  l'.lstrip()), repr('r  '.rstrip()))
print('a=b=c'.partition('='), 'a=b=c'.rpartition('='), 'abc'.partition('z'))
print('prefix_name'.removeprefix('prefix_'), 'file.py'.removesuffix('.py'))
try:
    ','.join([1, 2])
except TypeError as e:
    print('TypeError', e)
