#!/usr/bin/env python3
"""Generate test/objects/data/set-order.json: small programs whose output shows CPython 3.11's set
iteration order (ints incl. negatives and big ones, floats, tuples; inserts, deletes, pops, set
operations, displays, comprehensions), each with the stdout python3 printed for it.
Run with python3 (CPython 3.11): python3 scripts/gen-set-order.py
"""
import json, os, random, subprocess, sys

rng = random.Random(311)

def num():
    r = rng.random()
    if r < 0.5: return str(rng.randint(-40, 200))
    if r < 0.65: return str(rng.choice([-1, -2, 0, 1, 2**61 - 1, 2**61, 2**62 + 5, -(2**61) - 3, 2**64 + 7, 10**20, -(10**18)]))
    if r < 0.8: return str(rng.randint(-10**6, 10**6) * rng.choice([1, 8, 32, 1024]))
    if r < 0.9: return rng.choice(['0.5', '-2.25', '3.0', '1e20', '7.75'])
    return '(%s, %s)' % (rng.randint(-5, 9), rng.randint(-5, 9))

def ints(n):
    return '[' + ', '.join(num() for _ in range(n)) + ']'

def case():
    kind = rng.randrange(9)
    n = rng.choice([0, 1, 3, 5, 8, 12, 20, 40, 90])
    lines = []
    if kind == 0:  # set(list) and set display
        lines.append('xs = %s' % ints(n))
        lines.append('print(set(xs))')
        lines.append('print(frozenset(xs))')
        if n >= 3: lines.append('print({%s})' % ', '.join(num() for _ in range(min(n, 12))))
    elif kind == 1:  # mixed add / discard
        lines.append('s = set()')
        for _ in range(n * 2):
            op = rng.random()
            lines.append(('s.add(%s)' if op < 0.6 else 's.discard(%s)') % num())
            if rng.random() < 0.1: lines.append('print(s)')
        lines.append('print(s)')
    elif kind == 2:  # pops
        lines.append('s = set(%s)' % ints(n))
        lines.append('out = []')
        lines.append('for _ in range(min(len(s), %d)):\n    out.append(s.pop())' % rng.randint(1, 10))
        lines.append('s.update(%s)' % ints(rng.randint(0, 8)))
        lines.append('print(out, s)')
        lines.append('while s: out.append(s.pop())')
        lines.append('print(out)')
    elif kind == 3:  # binary operators
        lines.append('a = set(%s); b = set(%s)' % (ints(n), ints(rng.choice([0, 2, 5, 10, 30]))))
        lines.append('print(a | b, b | a)')
        lines.append('print(a & b, b & a)')
        lines.append('print(a - b, b - a)')
        lines.append('print(a ^ b, b ^ a)')
    elif kind == 4:  # methods with several / non-set arguments
        lines.append('a = set(%s)' % ints(n))
        lines.append('l1 = %s; l2 = %s' % (ints(rng.randint(0, 12)), ints(rng.randint(0, 12))))
        lines.append('print(a.union(l1, l2), a.intersection(l1), a.intersection(l1, l2))')
        lines.append('print(a.difference(l1), a.difference(l1, l2), a.symmetric_difference(l1))')
        lines.append('print(a.intersection(dict.fromkeys(l1)), a.difference(dict.fromkeys(l1)), a.union(dict.fromkeys(l2)))')
        lines.append('print(a.copy(), frozenset(a), set(frozenset(l1)))')
    elif kind == 5:  # in-place operators and *_update
        lines.append('a = set(%s); b = set(%s)' % (ints(n), ints(rng.randint(0, 20))))
        op = rng.choice(['|=', '&=', '-=', '^='])
        lines.append('a %s b' % op)
        lines.append('print(a)')
        meth = rng.choice(['update', 'intersection_update', 'difference_update', 'symmetric_difference_update'])
        lines.append('a.%s(%s)' % (meth, ints(rng.randint(0, 15))))
        lines.append('print(a)')
        lines.append('a.clear(); a.update(range(%d)); print(a)' % rng.randint(0, 30))
    elif kind == 6:  # comprehensions and iteration
        lines.append('s = {x * %d %% %d for x in range(%d)}' % (rng.randint(1, 50), rng.randint(5, 500), n))
        lines.append('print(s, list(s), sorted(s) == sorted(list(s)))')
        lines.append('print([x for x in s if x % 2], len(s))')
    elif kind == 7:  # big sets (resizes past 50000 are too slow to print; stay moderate)
        m = rng.choice([100, 300, 1000])
        lines.append('s = set(range(%d, %d, %d))' % (rng.randint(-500, 0), rng.randint(0, 5000), rng.randint(1, 7)))
        lines.append('for i in range(0, %d, 3): s.discard(i)' % m)
        lines.append('s.update(range(%d, %d))' % (m, m + 50))
        lines.append('print(list(s)[:60], len(s))')
        lines.append('print(list(s & set(range(0, 2000, 11)))[:40])')
    else:  # set from another set's order, sets of tuples, bools and equal ints/floats
        lines.append('a = set(%s)' % ints(n))
        lines.append('b = set(a); c = set(list(a)); d = frozenset(sorted(a, key=repr))')
        lines.append('print(b, c, d)')
        lines.append('print({True, 1, 1.0, 2, 2.0, 0, False, -0.0, %s})' % num())
        lines.append('print({(1, 2), (2, 1), (0, 0), (-1, -1), (%s, %s)})' % (num(), num()))
    return '\n'.join(lines) + '\n'

def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, '..', 'test', 'objects', 'data', 'set-order.json')
    cases = []
    for i in range(int(sys.argv[1]) if len(sys.argv) > 1 else 300):
        src = case()
        r = subprocess.run([sys.executable, '-c', src], capture_output=True, text=True)
        if r.returncode != 0:
            raise SystemExit('case failed under python3:\n' + src + r.stderr)
        cases.append({'src': src, 'out': r.stdout})
    with open(out, 'w') as f:
        json.dump({'generator': 'scripts/gen-set-order.py', 'python': sys.version.split()[0], 'cases': cases}, f, indent=1)
    print('wrote', len(cases), 'cases to', os.path.normpath(out))

main()
