# The tutorial's own pure-Python threading.local (local / _localimpl / _patch), run unchanged.
from weakref import ref
from contextlib import contextmanager
from threading import current_thread, RLock, Thread

class _localimpl:
    __slots__ = 'key', 'dicts', 'localargs', 'locallock', '__weakref__'
    def __init__(self):
        self.key = '_threading_local._localimpl.' + str(id(self))
        self.dicts = {}
    def get_dict(self):
        thread = current_thread()
        return self.dicts[id(thread)][1]
    def create_dict(self):
        localdict = {}
        key = self.key
        thread = current_thread()
        idt = id(thread)
        def local_deleted(_, key=key):
            thread = wrthread()
            if thread is not None:
                del thread.__dict__[key]
        def thread_deleted(_, idt=idt):
            local = wrlocal()
            if local is not None:
                dct = local.dicts.pop(idt)
        wrlocal = ref(self, local_deleted)
        wrthread = ref(thread, thread_deleted)
        thread.__dict__[key] = wrlocal
        self.dicts[idt] = wrthread, localdict
        return localdict

@contextmanager
def _patch(self):
    impl = object.__getattribute__(self, '_local__impl')
    try:
        dct = impl.get_dict()
    except KeyError:
        dct = impl.create_dict()
        args, kw = impl.localargs
        self.__init__(*args, **kw)
    with impl.locallock:
        object.__setattr__(self, '__dict__', dct)
        yield

class local:
    __slots__ = '_local__impl', '__dict__'
    def __new__(cls, /, *args, **kw):
        if (args or kw) and (cls.__init__ is object.__init__):
            raise TypeError("Initialization arguments are not supported")
        self = object.__new__(cls)
        impl = _localimpl()
        impl.localargs = (args, kw)
        impl.locallock = RLock()
        object.__setattr__(self, '_local__impl', impl)
        impl.create_dict()
        return self
    def __getattribute__(self, name):
        with _patch(self):
            return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        with _patch(self):
            return object.__setattr__(self, name, value)
    def __delattr__(self, name):
        if name == '__dict__':
            raise AttributeError(
                "%r object attribute '__dict__' is read-only"
                % self.__class__.__name__)
        with _patch(self):
            return object.__delattr__(self, name)

data = local()
data.x = 200
print('main x =', data.x)
def routine():
    data.y = 300
    try:
        print('thread y =', data.y, 'x =', data.x)
    except AttributeError as e:
        print('thread AttributeError:', e)
t = Thread(target=routine)
t.start(); t.join()
try:
    print(data.y)
except AttributeError as e:
    print('main AttributeError:', e)
try:
    data.__dict__ = {}
except AttributeError as e:
    print('AttributeError:', e)
class MyLocal(local):
    def __init__(self, start):
        self.count = start
ml = MyLocal(10)
ml.count += 1
out = []
def w():
    out.append(ml.count)
    ml.count += 5
    out.append(ml.count)
t2 = Thread(target=w); t2.start(); t2.join()
print('main count', ml.count, 'thread counts', out)
try:
    local(1)
except TypeError as e:
    print('TypeError:', e)
impl = object.__getattribute__(data, '_local__impl')
print('dicts tracked:', len(impl.dicts) >= 1)
