try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    print(repr(e), repr(e.__cause__), repr(e.__context__), e.__suppress_context__)
try:
    try:
        1/0
    except ZeroDivisionError:
        [][1]
except IndexError as e:
    print(repr(e), repr(e.__context__))
def fin():
    try:
        return 1
    finally:
        print("finally")
print(fin())
def fin2():
    try:
        return 1
    finally:
        return 2
print(fin2())
for i in [1, 2, 3]:
    try:
        if i == 2: continue
        if i == 3: break
        print("i", i)
    finally:
        print("f", i)
class CM:
    def __init__(self, s): self.s = s
    def __enter__(self): print("enter"); return self
    def __exit__(self, t, v, tb): print("exit", t, v); return self.s
with CM(True) as c:
    raise RuntimeError("x")
print("after with")
try:
    with CM(False):
        raise RuntimeError("y")
except RuntimeError as e:
    print("propagated", e)
with CM(False): print("body")
try:
    raise
except RuntimeError as e:
    print(e)
def rec(n): return rec(n + 1)
try: rec(0)
except RecursionError as e: print(e)
try:
    raise TypeError
except (ValueError, TypeError) as e:
    print("tuple match", repr(e))
try:
    try:
        raise ValueError(1)
    except ValueError:
        raise
except ValueError as e:
    print("reraised", e.args)
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try: pass
    except 5: pass
    print("no exception, no check")
    try: 1/0
    except 5: pass
except TypeError as e:
    print(e)
class E(Exception):
    def __init__(self, a, b):
        super_init = Exception.__init__
        super_init(self, a + b)
try: raise E(1, 2)
except E as e: print(e.args)
def nested():
    try:
        raise ValueError("inner")
    except ValueError:
        try:
            raise TypeError("t")
        except TypeError as t:
            print("ctx", repr(t.__context__))
        print("still handling", repr(__import__ and None))
nested()
try:
    with 5: pass
except TypeError as e: print(e)
a = 1
assert a == 1
try:
    assert a == 2, "nope"
except AssertionError as e: print("assert", e)
