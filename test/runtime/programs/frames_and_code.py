# sys._getframe() frame objects and code object attributes.
import sys

def f(a, b=1, *args, c, **kw):
    fr = sys._getframe()
    print(fr.f_code.co_name, fr.f_lineno, fr.f_back.f_code.co_name, fr is sys._getframe())
    z = a + b
    print(sorted(fr.f_locals), fr.f_globals is globals(), sys._getframe(1).f_lineno)
    co = fr.f_code
    print(co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount, co.co_varnames[:4], co.co_firstlineno)

f(1, c=2)

def mk():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    return inc

inc = mk()
print(inc.__code__.co_freevars, mk.__code__.co_cellvars, inc.__code__.co_name, inc.__code__.co_qualname)
print(repr(mk.__code__).startswith('<code object mk at 0x'), repr(sys._getframe()).startswith('<frame at 0x'))

def gen():
    yield sys._getframe()

fr = next(gen())
print(fr.f_code.co_name, fr.f_code.co_flags & 0x20 != 0)
try:
    sys._getframe(100)
except ValueError as e:
    print('ValueError', e)
print(sys._getframe().f_back)
