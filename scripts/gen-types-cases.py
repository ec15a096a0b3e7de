#!/usr/bin/env python3
"""Generate test/objects/data/types-cases.json: expected results from CPython for the types tests.

Values are encoded as: str -> {"s": ...}, int -> {"i": "decimal"}, float -> {"f": repr}, bool -> {"b": ...},
tuple -> {"t": [...]}. Each case: [kind, args, expected] where expected is {"ok": str} or {"err": "Type: msg"}.
"""
import json, math, sys

def enc(v):
    if isinstance(v, bool): return {"b": v}
    if isinstance(v, int): return {"i": str(v)}
    if isinstance(v, float): return {"f": repr(v)}
    if isinstance(v, str): return {"s": v}
    if isinstance(v, tuple): return {"t": [enc(x) for x in v]}
    if v is None: return {"n": True}
    raise TypeError(v)

cases = []
def case(kind, args, fn):
    try:
        r = fn()
        cases.append([kind, [enc(a) for a in args], {"ok": r}])
    except Exception as e:
        cases.append([kind, [enc(a) for a in args], {"err": f"{type(e).__name__}: {e}"}])

fmt_values = [0, 1, -3, 255, 1234567, 2**70, -2**65, True, 0.0, -0.0, 1.5, -1.5, 3.14159, 1e16, 1e-5, 0.1, 1234567.891,
              123456789.0, 1e300, 1.23456789e-7, 2.5, 0.125, 1.25, float('inf'), float('-inf'), float('nan'), 'abc', '', '中文']
specs = ['', 'd', ',', '_', '_x', 'x', 'X', '#x', '#o', '#b', 'b', 'o', 'c', '5', '<5', '>8', '^7', '*^9', '=+8', '08', '010,',
         '+', ' ', '-', '.2f', '.0f', '.1f', 'f', 'F', 'e', 'E', '.3e', 'g', 'G', '.3g', '#g', '#.3g', '.17g', '%', '.1%', 'n', '.2',
         '10.3', ',.2f', 'z.1f', 's', '.1', '>5s', 'abc', '5.2d', ',d', "_,", '.', '=5', '#', '0', '05']
for v in fmt_values:
    for s in specs:
        case('format', [v, s], lambda: format(v, s))

pct = [('%d', 42), ('%5d', 42), ('%-5d|', 42), ('%05d', -42), ('%+d', 5), ('% d', 5), ('%x', 255), ('%#x', 255), ('%X', 255),
       ('%o', 8), ('%#o', 8), ('%e', 12345.678), ('%.2e', 0.000123), ('%g', 0.00001), ('%g', 123456789.0), ('%G', 1e-10),
       ('%f', 3.14159), ('%.2f', 2.675), ('%.2f', 0.125), ('%10.3f', -3.14159), ('%-10.1f|', 2.25), ('%s', 'hi'), ('%r', 'hi'),
       ('%5s|', 'ab'), ('%-5s|', 'ab'), ('%.1s', 'abc'), ('%c', 65), ('%c', 'x'), ('%%', ()), ('%d%%', 5), ('%s %s', (1, 2)),
       ('%s', (1,)), ('%s', ((1, 2),)), ('%d', 3.7), ('%d', 'a'), ('%x', 3.0), ('%.2f', 'a'), ('%s %s', (1,)), ('%s', (1, 2)),
       ('%z', 1), ('%', ()), ('a%', ()), ('%i', True), ('%s', True), ('%s', None), ('%r', 1.5), ('%a', 'é'), ('%5.1f%%', 99.5),
       ('%*d', (5, 3)), ('%.*f', (2, 3.14159)), ('%c', 'ab'), ('%s', 1e16), ('%d', 2**70), ('%x', -255), ('%#X', 255),
       ('%e', 0.0), ('%g', 100000.0), ('%g', 1000000.0), ('%.3g', 2.5), ('%#.3g', 1.0), ('%+.1e', 12.5), ('%05.1f', -2.5)]
for f, a in pct:
    case('percent', [f, a], lambda: f % a)

strs = ['', 'a', 'Hello World', '  a b  c ', 'a,b,,c', 'x\ty', 'a\nb\r\nc\n', 'ß', '中文字符', 'Ab1_', '123', '١٢٣', '²', 'hello world\'s',
        'ǅungla', 'ﬁx', 'a\u2028b', '😀x😀', "it's", '"q"', 'mixed \'"', '\x00\x7f\xa0\xad', 'abc' * 3]
methods = [('upper', ()), ('lower', ()), ('title', ()), ('capitalize', ()), ('swapcase', ()), ('casefold', ()), ('split', ()),
           ('split', (',',)), ('split', (None, 1)), ('rsplit', (None, 1)), ('rsplit', (',', 1)), ('splitlines', ()), ('splitlines', (True,)),
           ('strip', ()), ('lstrip', ()), ('rstrip', ('c ',)), ('isdigit', ()), ('isdecimal', ()), ('isnumeric', ()), ('isalpha', ()),
           ('isalnum', ()), ('isspace', ()), ('islower', ()), ('isupper', ()), ('istitle', ()), ('isidentifier', ()), ('isprintable', ()),
           ('isascii', ()), ('center', (9, '*')), ('ljust', (6,)), ('rjust', (6, '.')), ('zfill', (6,)), ('partition', (',',)),
           ('rpartition', (',',)), ('expandtabs', ()), ('expandtabs', (4,)), ('count', ('a',)), ('count', ('',)), ('find', ('b',)),
           ('rfind', ('a',)), ('index', ('o',)), ('find', ('c', 2, 8)), ('startswith', ('a',)), ('endswith', (('x', 'c'),)),
           ('replace', ('a', 'XY')), ('replace', ('', '-')), ('replace', ('a', '', 1)), ('encode', ()), ('encode', ('ascii',)),
           ('encode', ('latin-1', 'replace')), ('removeprefix', ('a',)), ('removesuffix', ('c',)), ('__repr__', ()), ('__len__', ()),
           ('__getitem__', (1,)), ('__getitem__', (-1,)), ('split', ('',)), ('center', (5, 'ab')), ('join', (('x', 'y'),)), ('join', ((1,),))]
def show(r):
    if isinstance(r, (list, tuple)): return repr(list(r)) if isinstance(r, list) else repr(r)
    return repr(r)
for s in strs:
    for name, a in methods:
        case('strmethod', [s, name, a], lambda: show(getattr(s, name)(*a)))

reprs = [0.1, 1e16, 1e-5, 1e22, 123456789012345678.0, 0.0001, 1.0, -0.0, 5e-324, 1.7976931348623157e308, 2.5e-7, 1/3, 100.0, 1e15, 9.999999999999999e15]
for f in reprs:
    case('floatrepr', [f], lambda: repr(f))
for s in ['0', ' -7 ', '0x10', '0b_101', '1_000', '1__0', '1_', '', 'x', '010', '00', '١٢', '+5', '9' * 30, 'z', '0o17', ' 0X1F ']:
    for base in [10, 0, 16, 36]:
        case('intparse', [s, base], lambda: repr(int(s, base)))
for s in ['1.5', ' -inf ', 'nan', 'Infinity', '1_0.5', '1._5', '1e5', '.5', '5.', '1e', 'x', '', '0x10', '1e500', '-0']:
    case('floatparse', [s], lambda: repr(float(s)))

json.dump(cases, open(sys.argv[1], 'w'), ensure_ascii=False, indent=0)
print(len(cases), 'cases')
