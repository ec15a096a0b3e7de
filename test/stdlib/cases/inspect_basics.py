import inspect, functools
from typing import List, Optional
def f(a, b=1, *args, c, d=2, **kw): pass
def g(x: int, y: 'str' = 'q', /, z: List[int] = None) -> Optional[int]: pass
def h(a, *, b): pass
def gen():
    yield inspect.getgeneratorstate(me)
lam = lambda x, y=3: x
class C:
    """Class doc.

        Indented more.
    """
    def __init__(self, p, q=2): self.p = p
    def m(self, z): """Method doc."""
    @staticmethod
    def s(k): pass
    @classmethod
    def cm(cls, j): pass
    @property
    def prop(self): return 1
class D(C):
    def m(self, z): pass
for obj in [f, g, h, lam, C, C(1).m, C.m, C.s, C.cm, D]:
    sig = inspect.signature(obj)
    print(sig, repr(sig))
sig = inspect.signature(f)
for name, p in sig.parameters.items():
    print(name, p.kind, repr(p.kind), p.kind.description, p.default is p.empty, repr(p))
print(inspect.signature(g).return_annotation, inspect.signature(g).parameters['x'].annotation)
ba = sig.bind(1, 2, 3, c=4, e=5)
print(ba, ba.args, ba.kwargs)
ba.apply_defaults()
print(ba.arguments)
try:
    sig.bind(1)
except TypeError as e:
    print(e)
try:
    inspect.signature(3)
except TypeError as e:
    print(e)
@functools.wraps(f)
def wrapper(*a, **k): return f(*a, **k)
print(inspect.signature(wrapper), inspect.unwrap(wrapper) is f)
print(inspect.signature(functools.partial(f, 1)))
me = gen()
print(inspect.getgeneratorstate(me), next(me), inspect.getgeneratorstate(me))
me.close()
print(inspect.getgeneratorstate(me))
print([inspect.isfunction(x) for x in (f, len, C, C.m, C(1).m, lam)])
print([inspect.ismethod(x) for x in (f, C(1).m, C.cm, C.m)])
print([inspect.isclass(x) for x in (C, C(1), int, type)])
print(inspect.isgenerator(gen()), inspect.isgeneratorfunction(gen), inspect.isgeneratorfunction(f), inspect.iscoroutinefunction(f))
print(inspect.isbuiltin(len), inspect.isbuiltin(f), inspect.ismodule(inspect), inspect.ismodule(f), inspect.isroutine(f), inspect.isroutine(len))
print(inspect.getdoc(C), repr(inspect.getdoc(C.m)), repr(inspect.getdoc(D.m)), repr(inspect.getdoc(D)))
print(repr(inspect.cleandoc("""  first
      second
        third

    """)))
print([n for n, v in inspect.getmembers(C, inspect.isfunction)])
print([n for n, v in inspect.getmembers(C(1)) if not n.startswith('__')])
fr = inspect.currentframe()
print(fr.f_lineno, fr.f_code.co_name)
def inner():
    return inspect.currentframe().f_back.f_lineno
print(inner())
print(inspect.getsource(C.m), end='')
print(inspect.getsource(h), end='')
print(inspect.getsourcelines(lam)[1])
print(inspect.getmodule(C) is inspect.getmodule(f), inspect.getfile(f) == __file__)
P = inspect.Parameter
s2 = inspect.Signature([P('a', P.POSITIONAL_ONLY), P('b', P.POSITIONAL_OR_KEYWORD, default=3), P('c', P.KEYWORD_ONLY, annotation=int)], return_annotation=str)
print(s2, P.KEYWORD_ONLY, P.POSITIONAL_ONLY < P.KEYWORD_ONLY)
try:
    inspect.Signature([P('a', P.POSITIONAL_OR_KEYWORD, default=1), P('b', P.POSITIONAL_OR_KEYWORD)])
except ValueError as e:
    print(e)
print(inspect.isabstract(C))
