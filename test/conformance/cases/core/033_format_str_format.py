print('{} {}'.format('a', 'b'), '{1} {0} {1}'.format('a', 'b'), '{x}-{y}'.format(x=1, y=2))
print('{0[0]} {0[1]} {1[k]}'.format([10, 20], {'k': 'v'}), '{.real}'.format(3 + 4j))
print('{:>8}|{:<8}|{:^8}|{:*^9}'.format('r', 'l', 'c', 'm'))
print('{:08.3f} {:+d} {:,} {:_} {:.2%} {:e}'.format(3.14159, 5, 1234567, 1234567, 0.256, 1234.5))
print('{!r} {!s} {!a}'.format('q', 'q', 'é'))
print('{{literal}} {}'.format(1), '{:{w}.{p}f}'.format(3.14159, w=10, p=2))
print('{:x} {:X} {:o} {:b} {:#x} {:#b} {:c}'.format(255, 255, 8, 5, 255, 5, 97))
try:
    '{} {}'.format(1)
except IndexError as e:
    print('IndexError', e)
try:
    '{x}'.format(y=1)
except KeyError as e:
    print('KeyError', e)
