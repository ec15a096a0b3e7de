def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2:
            return 'small'
        case int(n) if n < 0:
            return f'negative {n}'
        case [a, b]:
            return f'pair {a},{b}'
        case [first, *rest]:
            return f'list starting {first} with {len(rest)} more'
        case {'type': 'point', 'x': px, **others}:
            return f'point x={px} others={others}'
        case str() as s:
            return 'string ' + s
        case (1, _, 3):
            return 'tuple 1?3'
        case _:
            return 'other'
for v in [0, 2, -5, [1, 2], [1, 2, 3], (1, 9, 3), {'type': 'point', 'x': 3, 'y': 4}, 'hi', 3.5, []]:
    print(repr(v), '->', describe(v))
