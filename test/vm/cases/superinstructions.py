# Pairs the VM runs as superinstructions (opcodes.ts, quicken.ts): their fast paths and every way out
# of them must behave as the plain instructions do.
def tb_line(f):
    try:
        f()
    except Exception as e:
        tb = e.__traceback__
        while tb.tb_next:
            tb = tb.tb_next
        print(type(e).__name__, e, 'line', tb.tb_lineno - f.__code__.co_firstlineno)

# LOAD_FAST__LOAD_FAST / STORE_FAST__LOAD_FAST: the second local unbound
def unbound2():
    a = 1
    if a > 5:
        b = 2
    return a + \
        b
tb_line(unbound2)

def unbound_store_load():
    x = 3
    return x
    y = 1

def store_load(flag):
    a = 1
    if flag:
        del a
    c = 2
    return c, a
print(store_load(False))
tb_line(lambda: print(store_load(True)))

# LOAD_FAST__BINARY_OP / LOAD_CONST__BINARY_OP over every kind of operand
class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __radd__(self, o): return N(o + self.v)
    def __mul__(self, o): return N(self.v * (o.v if isinstance(o, N) else o))
    def __lt__(self, o): return 'lt-result'
    def __gt__(self, o): return []
    def __repr__(self): return f'N({self.v})'

def arith(a, b):
    c = a + b
    d = a * 2
    e = a - 1.5
    f = a / b
    g = a // b
    h = a % b
    i = a ** b
    return c, d, e, f, g, h, i

for a, b in [(7, 2), (7.0, 2), (7, 2.0), (-7, 2), (7, -1), (-7.5, 2), (2 ** 52, 3), (10 ** 20, 3), (True, True), (2, -1), (0.0, -0.5)]:
    try:
        print(a, b, arith(a, b))
    except Exception as e:
        print(a, b, type(e).__name__, e)
def arith2(a, b):
    c = a + b
    d = a * 2
    return c, d, 1 + a
print(arith2(N(3), 2), arith2(N(3), N(4)))
print(arith('ab', 'cd')[0] if False else 'ab' + 'cd', [1] * 2)
for a, b in [(1, 0), (1.0, 0), (1, 0.0), (-8.0, 0.5)]:
    try:
        print(arith(a, b))
    except ZeroDivisionError as e:
        print('ZeroDivisionError', e)
    except Exception as e:
        print(type(e).__name__, e)
print(2 ** 53 + 1 - 1, 2 ** 53 * 4 + 1)

# BINARY_OP__BINARY_OP and BINARY_OP__STORE_FAST: chains mixing ints, floats, overflow and objects
def chain(x, y, z):
    s = x * x + y * y + z * z
    t = x * y - y / 2
    u = (x + y) * (y - z)
    return s, t, u
for args in [(1, 2, 3), (1.5, 2, 3), (1, 2.5, 3), (1, 2, 3.5), (2 ** 40, 2 ** 40, 2 ** 40), (1e308, 1e308, 1.0), (float('nan'), 1, 2), (N(1), N(2), 3)]:
    try:
        print(chain(*args))
    except Exception as e:
        print(type(e).__name__, e)
def zero_in_chain(a, b):
    return a + \
        (a / b)
tb_line(lambda: zero_in_chain(1.0, 0.0))
def mixed(a):
    return 1 + a * 2.0, 3 - a * a, a * 0.5 ** 2
print(mixed(3), mixed(-0.0), mixed(10 ** 400 if False else 7))

# COMPARE_OP__POP_JUMP_IF_FALSE/TRUE
def cmp(a, b):
    r = []
    if a < b: r.append('<')
    if a <= b: r.append('<=')
    if a == b: r.append('==')
    if a != b: r.append('!=')
    if a > b: r.append('>')
    if a >= b: r.append('>=')
    if not a < b: r.append('!<')
    return r
nan = float('nan')
for a, b in [(1, 2), (2, 1), (2, 2), (1.5, 2), (2, 2.0), (2 ** 53, 2.0 ** 53), (2 ** 53 + 1, 2.0 ** 53), (nan, nan), (nan, 1), (1, nan), ('a', 'b'), ('\uffff', '\U00010000'), (True, 1), (None, None), (N(1), 2), ([1], [1])]:
    try:
        print(repr(a), repr(b), cmp(a, b))
    except TypeError as e:
        print('TypeError', e)
def while_cmp(n):
    i = 0
    while i < n:
        i += 1
    while i > 0.5:
        i -= 0.25
    return i
print(while_cmp(10), while_cmp(0))

# LOAD_FAST__LOAD_ATTR: instance dict hits, misses, shadowing, properties, deletion
class P:
    def __init__(self, x): self.x = x; self.y = x + 1
    @property
    def z(self): return self.x * 10
def attrs(p):
    return p.x, p.y, p.z
p = P(1)
for _ in range(3):
    print(attrs(p))
q = P(2); q.__dict__.clear(); q.y = 5; q.x = 4
print(attrs(q))
del q.x
try:
    attrs(q)
except AttributeError as e:
    print('AttributeError', e)
P.x = 'class attr'
print(attrs(q), attrs(p))
print(attrs(type('Q', (), {'x': 1, 'y': 2, 'z': 3})()))

# COPY__COPY / SWAP__SWAP: augmented subscript assignment
def aug(v, d):
    v[0] += 1
    v[-1] *= 2.5
    d['k'] -= 1
    d[1, 2] += 'x'
    return v, d
print(aug([1, 2, 3], {'k': 5, (1, 2): 'y'}))

# A jump into the second instruction of a pair (the first is skipped) runs it alone.
def jump_into(n):
    t = 0
    for i in range(n):
        j = i
        t = t + j if i % 2 else t - j
    return t
print(jump_into(10))

# Generators suspended next to pairs
def gen(n):
    a = 0
    for i in range(n):
        b = yield a
        a = a + i * 1.5 if b is None else b
print(list(gen(5)))

# CALL__POP_TOP: call statements. A native that returns at once drops its result in the pair; a Python
# call (or a native that calls back into Python) returns to the plain POP_TOP. The stack stays level.
def call_statements(n):
    out = []
    seen = {}
    def note(k):
        seen[k] = seen.get(k, 0) + 1
        return k
    class C:
        def __init__(self):
            out.append('init')
        def m(self, v):
            out.append(v)
            return v
    c = C()
    bound = c.m
    for i in range(n):
        out.append(i)                  # native method, result None dropped
        note(i % 2)                    # Python function
        bound(-i)                      # a bound method object
        C()                            # a class call (its __init__ returns to POP_TOP)
        sorted([3, 1, 2], key=note)    # CALL_KW: not a pair
        sorted([i, 0], key=lambda v: -v)  # a native calling back into Python
        len(out)
        (x for x in out)               # a generator object, dropped
    return len(out), out[:8], seen
print(call_statements(50))

def native_raises():
    [].pop()
tb_line(native_raises)

def python_raises():
    def f():
        raise ValueError('in f')
    f()
tb_line(python_raises)

def statement_in_try(k):
    d = {}
    try:
        d.pop(k)
    except KeyError as e:
        print('KeyError', e)
    d.setdefault(k, 1)
    return d
print(statement_in_try('a'))

# LOAD_NAME__LOAD_METHOD: module-level obj.method(...), including a method shadowed by the instance
# dict, a method replaced on the class, a native method, and an unbound name.
class Counter:
    def __init__(self):
        self.n = 0
    def bump(self, k=1):
        self.n += k
        return self.n
counter = Counter()
log = []
for i in range(30):
    counter.bump()
    log.append(counter.bump(2))
    if i == 10:
        counter.bump = lambda k=1: 'shadowed'
    if i == 20:
        del counter.bump
        Counter.bump = lambda self, k=1: -k
print(counter.n, log)
try:
    missing.bump()
except NameError as e:
    print('NameError', e)
