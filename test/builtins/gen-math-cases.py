# Regenerates test/builtins/math-cases.json from CPython: `python3 test/builtins/gen-math-cases.py`.
import json, math
cases = [
 ('sqrt', [2]), ('sqrt', [-1]), ('sqrt', [2**2000]), ('exp', [1]), ('exp', [1000]), ('exp', [-1000]),
 ('log', [10]), ('log', [0]), ('log', [-1]), ('log', [8, 2]), ('log', [1, 1]), ('log', [2**2000]), ('log', [10**400, 10]),
 ('log2', [2**100]), ('log2', [3]), ('log10', [2**3000]), ('log10', [1000]), ('log1p', [-1]), ('log1p', [1e-10]),
 ('floor', [2.5]), ('floor', [-2.5]), ('floor', [7]), ('floor', [2**70 + 0.0]), ('floor', [float('inf')]), ('floor', [float('nan')]),
 ('ceil', [2.1]), ('ceil', [-2.1]), ('trunc', [-2.7]), ('trunc', [True]), ('trunc', ['a']),
 ('factorial', [0]), ('factorial', [20]), ('factorial', [30]), ('factorial', [-1]), ('factorial', [5.0]),
 ('comb', [10, 3]), ('comb', [100, 50]), ('comb', [-1, 2]), ('comb', [5, -1]), ('comb', [10, 20]), ('perm', [5]), ('perm', [10, 3]), ('perm', [3, 5]),
 ('isqrt', [0]), ('isqrt', [15]), ('isqrt', [16]), ('isqrt', [10**40]), ('isqrt', [2**106 - 1]), ('isqrt', [-1]),
 ('gcd', []), ('gcd', [12, 18]), ('gcd', [-12]), ('gcd', [0, 0]), ('gcd', [2**80, 2**70 * 3]), ('gcd', [1.5]), ('lcm', []), ('lcm', [4, 6]), ('lcm', [4, 0]), ('lcm', [-4, 6]),
 ('fsum', [[1e100, 1, -1e100]]), ('fsum', [[0.1] * 10]), ('fsum', [[1e308, 1e308]]), ('fsum', [[float('inf'), float('-inf')]]), ('fsum', [[float('inf'), 1]]), ('fsum', [[]]),
 ('fsum', [[0.1, 0.2, 0.3, 1e-17, 5e16, -5e16]]),
 ('prod', [[1, 2, 3, 4]]), ('prod', [[]]), ('prod', [[2.5, 2]]), ('prod', [[2**40, 2**40]]),
 ('pow', [2, 10]), ('pow', [0, -1]), ('pow', [-1, 0.5]), ('pow', [2, 1024]), ('pow', [float('nan'), 0]), ('pow', [1, float('nan')]), ('pow', [-1, float('inf')]), ('pow', [float('-inf'), 3]), ('pow', [float('-inf'), -3]),
 ('fmod', [1, 0]), ('fmod', [7, 3]), ('fmod', [-7, 3]), ('fmod', [7, float('inf')]), ('fmod', [float('inf'), 3]),
 ('remainder', [5, 3]), ('remainder', [-5, 3]), ('remainder', [5, 2]), ('remainder', [7, 2]), ('remainder', [1, 0]),
 ('hypot', []), ('hypot', [3, 4]), ('hypot', [1, 1, 1]), ('hypot', [1e200, 1e200]), ('hypot', [0.1, 0.2, 0.3]), ('hypot', [1e-320, 1e-320]), ('hypot', [float('inf'), float('nan')]),
 ('dist', [[1, 2], [4, 6]]), ('dist', [[1], [1, 2]]), ('dist', [[0.1, 0.7, 1.3], [2.5, -3.1, 0.01]]),
 ('ldexp', [1, 10000]), ('ldexp', [1.5, 2.0]), ('ldexp', [1, 3]), ('ldexp', [1, -1074]), ('ldexp', [1, -1075]), ('ldexp', [1.5, -1074]), ('ldexp', [3, -1075]), ('ldexp', [0.7, -1060]),
 ('frexp', [0.0]), ('frexp', [8]), ('frexp', [-0.3]), ('frexp', [5e-324]), ('frexp', [1e308]),
 ('modf', [float('inf')]), ('modf', [-2.5]), ('modf', [3]),
 ('acos', [2]), ('atan2', [1, 1]), ('atan2', [-0.0, -1]), ('sin', [1]), ('cos', [1]), ('tan', [1]), ('asinh', [1]), ('atanh', [1]), ('cosh', [1000]), ('sinh', [1]), ('tanh', [0.5]),
 ('gamma', [0]), ('gamma', [5]), ('gamma', [0.5]), ('gamma', [-1.5]), ('gamma', [10.3]), ('gamma', [171.5]), ('gamma', [150.2]), ('lgamma', [-1]), ('lgamma', [10.5]), ('lgamma', [0.5]), ('lgamma', [-2.5]), ('lgamma', [1000.5]),
 ('erf', [0.5]), ('erf', [2.0]), ('erfc', [0.5]), ('erfc', [3.0]), ('erf', [-1.7]),
 ('isclose', [1, 1.0000000001]), ('isclose', [1, 1.1]), ('isfinite', [1]), ('isinf', [float('inf')]), ('isnan', [float('nan')]),
 ('copysign', [1, -0.0]), ('copysign', [-3, 2]), ('fabs', [-2]), ('degrees', [1]), ('radians', [180]),
 ('nextafter', [1, 2]), ('nextafter', [0, -1]), ('ulp', [1.0]), ('ulp', [0.0]), ('exp2', [3]), ('expm1', [1e-10]),
]
out = []
for name, args in cases:
    try:
        r = getattr(math, name)(*args)
        res = ['v', repr(r), type(r).__name__]
    except Exception as e:
        res = ['E', type(e).__name__, str(e)]
    def enc(a):
        if isinstance(a, float): return {'f': repr(a)}
        if isinstance(a, bool): return a
        if isinstance(a, int): return {'i': str(a)}
        if isinstance(a, list): return [enc(x) for x in a]
        return a
    out.append([name, [enc(a) for a in args], res])
open(__file__.replace("gen-math-cases.py", "math-cases.json"), "w").write("[\n" + ",\n".join(json.dumps(c) for c in out) + "\n]\n")
