#!/usr/bin/env python3
"""Regenerates test/compile/fixtures/*.json from CPython 3.11 (the oracle). Run: python3 test/compile/gen-expectations.py
- symtable.json: for each snippet, every scope (DFS order) with each symbol's resolved scope
  (symtable's Symbol._Symbol__scope: 1 LOCAL, 2 GLOBAL_EXPLICIT, 3 GLOBAL_IMPLICIT, 4 FREE, 5 CELL).
- stacksize.json: co_stacksize of each code object in fixtures/stack_funcs.py, by qualname.
- errors.json: for each bad snippet, CPython's SyntaxError (msg, lineno, offset) from compile().
"""
import json, os, symtable, sys

HERE = os.path.dirname(os.path.abspath(__file__))

SYMTABLE_CASES = [
    "x = 1\ndef f(a, b=2, *c, d, **e):\n    g = a\n    return x + g\n",
    "def f():\n    x = 1\n    def g():\n        return x\n    return g\n",
    "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x = 2\n    return g\n",
    "def f():\n    global y\n    y = 1\n    def g():\n        return y\n",
    "class C:\n    x = 1\n    def m(self):\n        return x\n",
    "def f():\n    x = 1\n    class C:\n        x = 2\n        def m(self):\n            return x\n    return C\n",
    "def f():\n    x = 1\n    class C:\n        y = x\n    return C\n",
    "class C:\n    def m(self):\n        return super().m()\n    def n(self):\n        return __class__\n",
    "def f(xs):\n    return [x * y for x in xs for y in range(x) if x]\n",
    "def f(n):\n    return (i for i in range(n))\n",
    "def f():\n    k = 3\n    return {a: k for a in 'ab'}, {k + b for b in 'cd'}\n",
    "def f(xs):\n    if any((last := x) > 2 for x in xs):\n        return last\n",
    "ys = [(z := x) for x in range(3)]\n",
    "f = lambda a, *b: a + b[0] + c\n",
    "def f():\n    def g():\n        def h():\n            return q\n        return h\n    q = 1\n    return g\n",
    "import os.path\nfrom sys import argv as av, path\ndef f():\n    import json\n    return json, os\n",
    "def f():\n    try:\n        pass\n    except Exception as e:\n        return e\n",
    "class C:\n    __x = 1\n    def m(self):\n        return self.__x, __y\n",
    "def outer():\n    v = 1\n    class Inner:\n        v = 2\n        w = [v for _ in range(1)]\n    return Inner\n",
    "def f(a):\n    def g():\n        return a\n    a = 2\n    return g\n",
    "def f():\n    for i, (j, *k) in []:\n        pass\n    with open('x') as (p, q):\n        pass\n    del i\n",
    "def gen():\n    x = yield 1\n    yield from x\n",
    "x: int = 1\nclass D:\n    y: str\n    def f(self) -> int:\n        z: float = 1.0\n        return z\n",
]

ERROR_CASES = [
    "def f(x):\n    global x\n",
    "def f(x):\n    nonlocal x\n",
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f():\n    x: int = 1\n    global x\n",
    "nonlocal x\n",
    "def f():\n    nonlocal x\n",
    "def f():\n    def g():\n        global x\n        nonlocal x\n",
    "return 1\n",
    "x = 1\nyield x\n",
    "class C:\n    yield 1\n",
    "break\n",
    "continue\n",
    "def f():\n    for x in y:\n        def g():\n            break\n",
    "while 1:\n    def g():\n        continue\n",
    "def f(a, a):\n    pass\n",
    "def f():\n    from os import *\n",
    "[x for x in (yield 1)]\n",
    "def f():\n    return [(yield x) for x in y]\n",
    "def f():\n    return [(x := 1) for x in y]\n",
    "class C:\n    [(y := 1) for x in z]\n",
    "try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n",
    "f(a=1, a=2)\n",
    "for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
    "def f():\n    try:\n        pass\n    except* E:\n        return 1\n",
    "def f():\n    x = 1\n    nonlocal x\n",
    "def f():\n    print(x)\n    nonlocal x\n",
]


def scopes(t, out):
    syms = {}
    for s in t.get_symbols():
        syms[s.get_name()] = s._Symbol__scope
    out.append({"type": t.get_type(), "name": t.get_name(), "symbols": syms})
    for c in t.get_children():
        scopes(c, out)
    return out


def stack_sizes():
    """co_stacksize of every function (and class body) in fixtures/stack_funcs.py."""
    src = open(os.path.join(HERE, "fixtures", "stack_funcs.py")).read()
    out = {}
    def walk(code):
        for k in code.co_consts:
            if hasattr(k, "co_stacksize"):
                out[k.co_qualname] = k.co_stacksize
                walk(k)
    top = compile(src, "stack_funcs.py", "exec")
    out["<module>"] = top.co_stacksize
    walk(top)
    return out


def main():
    assert sys.version_info[:2] == (3, 11), "run with CPython 3.11"
    st = [{"src": src, "scopes": scopes(symtable.symtable(src, "<test>", "exec"), [])} for src in SYMTABLE_CASES]
    errs = []
    for src in ERROR_CASES:
        try:
            compile(src, "<test>", "exec")
        except SyntaxError as e:
            errs.append({"src": src, "msg": e.msg, "lineno": e.lineno, "offset": e.offset})
        else:
            raise AssertionError("no error: " + src)
    os.makedirs(os.path.join(HERE, "fixtures"), exist_ok=True)
    with open(os.path.join(HERE, "fixtures", "symtable.json"), "w") as f:
        json.dump(st, f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "fixtures", "stacksize.json"), "w") as f:
        json.dump(stack_sizes(), f, indent=1)
        f.write("\n")
    with open(os.path.join(HERE, "fixtures", "errors.json"), "w") as f:
        json.dump(errs, f, indent=1)
        f.write("\n")


main()
