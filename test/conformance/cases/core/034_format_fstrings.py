name, n, pi = 'pyts', 42, 3.14159265
print(f'{name} {n} {pi:.3f} {n:>6} {n:<6}| {n:^7}|')
print(f'{name!r} {name!s} {name.upper()} {n * 2} {[1, 2][0]} {"inner"}')
w, p = 10, 4
print(f'{pi:{w}.{p}f}|{pi:>{w}}|{name:{"*"}^{w}}')
print(f'{n=} {pi=:.2f} {name = } {n + 1 = }')
print(f'{{braces}} {n:#x} {n:08b} {1234567:,} {0.5:%}')
d = {'a': 1}
print(f"{d['a']} {len(d)} {'yes' if n else 'no'}")
x = 7
print(f'{x!r:>5}|{str(x):<3}|{x:03d}')
print(f'''multi
{name}''')
