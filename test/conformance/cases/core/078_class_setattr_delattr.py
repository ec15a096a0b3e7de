class Guarded:
    def __init__(self):
        self.log = []
    def __setattr__(self, name, value):
        if name != 'log':
            self.log.append(('set', name, value))
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        if name == 'keep':
            raise AttributeError('cannot delete keep')
        object.__delattr__(self, name)
g = Guarded()
g.x = 1
g.keep = 2
del g.x
try:
    del g.keep
except AttributeError as e:
    print('AttributeError', e)
print(g.log, hasattr(g, 'x'), g.keep)
setattr(g, 'y', 3); delattr(g, 'y')
print(g.log[-2:])
try:
    object.__delattr__(g, 'nothere')
except AttributeError as e:
    print('AttributeError', e)
class Frozen:
    def __setattr__(self, k, v):
        raise AttributeError(f'{k} is frozen')
try:
    Frozen().a = 1
except AttributeError as e:
    print('AttributeError', e)
