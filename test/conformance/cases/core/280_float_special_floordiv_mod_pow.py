# float //, % and divmod with inf/nan operands (CPython: float_divmod; a NaN remainder stays NaN),
# and ** with an infinite exponent or base (CPython: float_pow decides these before 0 ** w and
# before a negative base makes a complex), through each kind of instruction the VM runs them with.
inf, nan = float('inf'), float('nan')
vals = [0.0, -0.0, 1.5, -2.5, 1.0, -1.0, 0.5, -0.5, inf, -inf, nan, 3, -7, 0]

def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as e:
        return type(e).__name__ + ': ' + str(e)

def floordiv(a, b):
    return a // b

def mod(a, b):
    r = a % b
    return r

def power(a, b):
    return a ** b

def aug_pow(a, b):
    v = [a]
    v[0] **= b
    return v[0]

import math
for a in vals:
    for b in vals:
        # ** only where the result is a special case (no libm rounding involved)
        special = not (math.isfinite(a) and math.isfinite(b)) or a == 0 or b == 0 or abs(a) == 1
        pw = (show(power, a, b), show(aug_pow, a, b)) if special else ()
        print(a, b, show(floordiv, a, b), show(mod, a, b), show(divmod, a, b), *pw)
print(0.0 ** -inf, -0.0 ** -inf, 0.5 ** -inf, 2.0 ** -inf, (-2.0) ** inf, (-0.5) ** inf)
print((-inf) ** 1.5, (-inf) ** -2.5, (-inf) ** 3.0, (-inf) ** -3.0, inf ** -1.0, (-inf) ** 2)
