print('%s and %r' % ('str', 'repr'), '%d%%' % 50, '%5d|%-5d|%05d' % (42, 42, 42))
print('%.2f %10.3f %-8.1f| %e %E %g %G' % (3.14159, 2.71828, 1.5, 12345.678, 0.00012, 0.00001234, 1e20))
print('%x %X %o %#x %#o %c %c' % (255, 255, 8, 255, 8, 65, 'z'))
print('%(name)s is %(age)d' % {'name': 'Ann', 'age': 30})
print('%+d % d %+.1f' % (5, 5, -2.25), '%s' % (1, ), '%s' % [1, 2])
print('%*d|%-*d|%.*f' % (5, 1, 4, 2, 2, 3.14159))
try:
    '%d' % 'x'
except TypeError as e:
    print('TypeError', e)
try:
    '%s %s' % ('a',)
except TypeError as e:
    print('TypeError', e)
try:
    '%s' % ('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(b'%s-%d' % (b'x', 5))
