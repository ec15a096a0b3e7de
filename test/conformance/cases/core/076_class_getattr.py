class Lazy:
    def __init__(self):
        self.real = 'real'
    def __getattr__(self, name):
        if name.startswith('dyn_'):
            return name[4:].upper()
        raise AttributeError(f'{type(self).__name__!r} object has no attribute {name!r}')
l = Lazy()
print(l.real, l.dyn_abc, getattr(l, 'dyn_x'), hasattr(l, 'nope'), getattr(l, 'nope', 'default'))
try:
    l.nope
except AttributeError as e:
    print('AttributeError', e)
class Proxy:
    def __init__(self, target):
        object.__setattr__(self, '_t', target)
    def __getattr__(self, n):
        return getattr(self._t, n)
print(Proxy([3, 1, 2]).count(1), Proxy('abc').upper())
