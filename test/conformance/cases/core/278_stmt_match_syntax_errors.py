# SyntaxErrors of match statements, with CPython's locations.
sources = [
    'match x:\n    case y:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case _:\n        pass\n    case 1:\n        pass\n',
    'match x:\n    case [a, a]:\n        pass\n',
    'match x:\n    case [a] | (b,):\n        pass\n',
    'match x:\n    case [*a, *b]:\n        pass\n',
    'match x:\n    case {"a": 1, "a": 2}:\n        pass\n',
    'match x:\n    case C(a=1, a=2):\n        pass\n',
    'match x:\n    case C(a=1, 2):\n        pass\n',
    'match x:\n    case a | 1:\n        pass\n',
    'match x:\n    case 1 as _:\n        pass\n',
    'match x:\n    case f"x":\n        pass\n',
    'match x:\n    case {a: 1}:\n        pass\n',
    'match x:\n    case *a:\n        pass\n',
    'match x:\n    case 1 + 2:\n        pass\n',
    'match x:\n    case 1j + 2j:\n        pass\n',
    'match x:\n    case __debug__:\n        pass\n',
    'match x:\n    case a if a:\n        pass\n    case 2:\n        pass\n',
    'match x:\n    case (a | b):\n        pass\n',
    'match x:\npass\n',
    'match x:\n    pass\n',
    'match x:\n    case 1:\n    pass\n',
    'match x\n    case 1:\n        pass\n',
    'match x:\n    case {**rest, "a": 1}:\n        pass\n',
    'match x:\n    case a.b():\n        pass\n    case _:\n        pass\n',
    'match x:\n    case ((a, b) as whole) | [a, b, _, _, _, *_] as whole:\n        pass\n',
    'match x:\n    case {1, 2}:\n        pass\n',
    'match x:\n    case [a, *_, b] | [b, a, _]:\n        pass\n',
]
for src in sources:
    try:
        compile(src, 'case.py', 'exec')
        print('compiles')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
