# Regenerates test/builtins/builtin-cases.json from CPython: `python3 test/builtins/gen-builtin-cases.py`.
# Calls of builtins on plain int/float/str/list/tuple arguments (no user classes: those run end to end).
import json
F = float
cases = [
 ('round', [2.5]), ('round', [3.5]), ('round', [-2.5]), ('round', [0.125, 2]), ('round', [0.375, 2]), ('round', [2.675, 2]),
 ('round', [1234, -2]), ('round', [1250, -2]), ('round', [1350, -2]), ('round', [-1250, -2]), ('round', [1.5, None]), ('round', [7]),
 ('round', [123.456, -1]), ('round', [-0.4]), ('round', [1e300, 2]), ('round', [5e-324, 400]), ('round', [F('inf')]), ('round', [F('nan')]),
 ('round', [F('inf'), 2]), ('round', [1, 2, 3]), ('round', []), ('round', ['a']), ('round', [1.5, 'a']), ('round', [0.5]), ('round', [1.05, 1]), ('round', [2**60 + 1, -3]),
 ('divmod', [7, 2]), ('divmod', [-7, 2]), ('divmod', [7, -2]), ('divmod', [7.5, 2]), ('divmod', [-7.5, 2]), ('divmod', [1, 0]), ('divmod', [1.0, 0]),
 ('divmod', [2**70, 3]), ('divmod', [0.0, -3]), ('divmod', [1]), ('divmod', [5, 0.5]),
 ('pow', [2, 10, 1000]), ('pow', [2, -1, 5]), ('pow', [2, 1, 0]), ('pow', [2.0, 1, 5]), ('pow', [1]), ('pow', [3, 2**70, 1000007]),
 ('hex', [255]), ('hex', [-255]), ('hex', [0]), ('hex', [2**80]), ('hex', [1.5]), ('oct', [8]), ('oct', [-8]), ('bin', [5]), ('bin', [-5]), ('bin', [True]), ('hex', []),
 ('chr', [65]), ('chr', [0x1F600]), ('chr', [-1]), ('chr', [0x110000]), ('chr', [2**40]), ('chr', ['a']),
 ('ord', ['a']), ('ord', ['\U0001F600']), ('ord', ['ab']), ('ord', ['']), ('ord', [1]),
 ('abs', [-5]), ('abs', [-2.5]), ('abs', [-2**70]), ('abs', [True]), ('abs', ['a']), ('abs', []),
 ('sorted', [[3, 1, 2]]), ('sorted', [(3.5, 1, 2)]), ('sorted', ['cba']), ('sorted', []), ('sorted', [[1], [2]]),
 ('min', [[3, 1, 2]]), ('max', [[3, 1, 2]]), ('max', [1, 5, 3]), ('min', ['bca']), ('max', []), ('max', [[]]), ('max', [1]),
 ('min', [(1, 1.0)]), ('max', [(1, 1.0)]), ('max', [[2**70, 3.5]]),
 ('sum', [[1, 2, 3]]), ('sum', [[0.1] * 10]), ('sum', [[1, 2.5]]), ('sum', [[2**53, 1]]), ('sum', [[], 5]), ('sum', [[], '']), ('sum', []), ('sum', [[1], 2, 3]),
 ('sum', [[0.1, 0.2, 0.3]]), ('sum', [[1e100, 1.0, -1e100]]),
 ('any', [[0, '', 3]]), ('any', [[]]), ('all', [[1, 'a']]), ('all', [[1, 0]]), ('all', []), ('any', [1]),
 ('ascii', []), ('callable', []), ('getattr', [1]), ('isinstance', [1]), ('iter', []), ('next', []),
]
out = []
def enc(a):
    if isinstance(a, float): return {'f': repr(a)}
    if isinstance(a, bool): return a
    if isinstance(a, int): return {'i': str(a)}
    if isinstance(a, list): return {'list': [enc(x) for x in a]}
    if isinstance(a, tuple): return [enc(x) for x in a]
    return a
for name, args in cases:
    try:
        r = __builtins__.__dict__[name](*args)
        res = ['v', repr(r), type(r).__name__]
    except Exception as e:
        res = ['E', type(e).__name__, str(e)]
    out.append([name, [enc(a) for a in args], res])
open(__file__.replace('gen-builtin-cases.py', 'builtin-cases.json'), 'w').write('[\n' + ',\n'.join(json.dumps(c) for c in out) + '\n]\n')
