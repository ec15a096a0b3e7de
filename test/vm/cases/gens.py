def gen():
    x = yield 1
    print("got", x)
    try:
        yield 2
    except ValueError as e:
        print("caught", repr(e))
        yield 3
    return 42
g = gen()
print(next(g), g.send("hi"), g.throw(ValueError("boom")))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)
try: next(g)
except StopIteration as e: print("again", e.args)
def sub():
    r = yield from gen()
    print("sub got", r)
    return r
print(list(sub()))
s = sub(); print(next(s)); print(s.send(None)); print(s.throw(ValueError("x")))
def closer():
    try:
        yield 1
    finally:
        print("closing")
c = closer(); next(c); c.close(); print("closed")
def ign():
    while True:
        try: yield 1
        except GeneratorExit: pass
i = ign(); next(i)
try: i.close()
except RuntimeError as e: print(e)
i = None  # (CPython would report the unclosed generator at exit)
def bad():
    raise StopIteration
    yield
try: next(bad())
except RuntimeError as e: print(e, type(e.__cause__).__name__)
def fresh(): yield 1
f = fresh()
try: f.send(5)
except TypeError as e: print(e)
def selfref():
    yield next(me)
me = selfref()
try: next(me)
except ValueError as e: print(e)
print([x * 2 for x in (y + 1 for y in [1, 2, 3])])
def deleg():
    yield from [1, 2]
    yield from (3, 4)
print(list(deleg()))
def thrower():
    try:
        yield from inner_g()
    except KeyError as e:
        print("outer caught", repr(e))
        yield "recovered"
def inner_g():
    yield "a"
    yield "b"
tg = thrower(); print(next(tg)); print(tg.throw(KeyError("z")))
