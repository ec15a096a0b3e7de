import functools, string, os, importlib, random
class C:
    def m(self, a, b=0): return (a, b)
    p = functools.partialmethod(m, 1, b=5)
    q = functools.partialmethod(m, 2)
    @classmethod
    def k(cls, x): return cls.__name__, x
    kp = functools.partialmethod(k, 9)
c = C()
print(c.p(), c.q(3), C.kp(), c.kp())
print(repr(C.__dict__['q'])[:40])
f = string.Formatter()
print(f.format('{0!r:>6}|{x.real}|{y[1]}|{:{w}}', 'a', 7, x=3, y=[1, 2], w=4) if False else f.format('{0!r:>6}|{x.real}|{y[1]}', 'a', x=3, y=[1, 2]))
print(list(f.parse('a{{b}}c{0!r:>{w}}d')))
try: f.format('{} {0}', 1)
except ValueError as e: print(e)
print(os.path.exists('d1'), os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonprefix([]))
m = importlib.import_module('os.path'); print(m.__name__ in ('posixpath',))
try: importlib.import_module('.x')
except TypeError as e: print(e)
r = random.Random(5)
print(r.betavariate(0.5, 0.5), r.gammavariate(0.3, 2), r.gammavariate(1, 2), r.vonmisesvariate(1, 2), r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5))
import gc, logging, collections, sys
print(gc.collect(), gc.isenabled(), gc.disable(), gc.isenabled(), gc.enable(), gc.get_count(), gc.get_threshold())
print(logging.getLogger('').name, logging.getLogger('') is logging.root)
P = collections.namedtuple('P', 'x')
p = P(1)
for stmt in ('p.x = 2', 'del p.x'):
    try: exec(stmt)
    except AttributeError as e: print(e)
sys.setrecursionlimit(3000); print(sys.getrecursionlimit())
