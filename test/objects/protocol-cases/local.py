class Impl:
    __slots__ = 'key', 'dicts', 'localargs', '__weakref__'
    def __init__(self):
        self.key = 'k'
        self.dicts = {}
class local:
    __slots__ = '_local__impl', '__dict__'
    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = Impl()
        impl.localargs = (args, kw)
        object.__setattr__(self, '_local__impl', impl)
        impl.dicts[1] = {}
        return self
    def __getattribute__(self, name):
        impl = object.__getattribute__(self, '_local__impl')
        object.__setattr__(self, '__dict__', impl.dicts[1])
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(f"{self.__class__.__name__!r} object attribute '__dict__' is read-only")
        impl = object.__getattribute__(self, '_local__impl')
        object.__setattr__(self, '__dict__', impl.dicts[1])
        return object.__setattr__(self, name, value)
    def __delattr__(self, name):
        impl = object.__getattribute__(self, '_local__impl')
        object.__setattr__(self, '__dict__', impl.dicts[1])
        return object.__delattr__(self, name)
d = local()
d.x = 1
print(d.x, d.__dict__)
del d.x
try:
    d.x
except AttributeError as e:
    print(e)
try:
    d.__dict__ = {}
except AttributeError as e:
    print(e)
try:
    local(1)
except TypeError as e:
    print(e)
class Sub(local):
    def __init__(self, a):
        self.a = a
s = Sub(5)
print(s.a, type(s).__name__, s.__class__.__name__)
class WithGA:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return super().__getattribute__(name)
    def __getattr__(self, name):
        return 'fallback-' + name
w = WithGA()
w.q = 1
print(w.magic, w.q, w.zz)
o = object()
try:
    o.x = 1
except AttributeError as e:
    print(e)
try:
    object().__dict__
except AttributeError as e:
    print(e)
class DD: pass
dd = DD()
object.__setattr__(dd, '__dict__', {'a': 1})
print(dd.a, vars(dd))
try:
    dd.__dict__ = 3
except TypeError as e:
    print(e)
print(object.__getattribute__(dd, 'a'), type.__getattribute__(DD, '__name__'))
object.__delattr__(dd, 'a')
print(hasattr(dd, 'a'))
