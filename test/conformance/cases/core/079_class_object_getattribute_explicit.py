class Impl:
    __slots__ = ('key', 'dicts')
class Local:
    __slots__ = ('_impl', '__dict__')
    def __init__(self):
        object.__setattr__(self, '_impl', Impl())
    def __getattribute__(self, name):
        if name == '__dict__':
            return {'fake': True}
        return object.__getattribute__(self, name)
    def __setattr__(self, name, value):
        if name == '__dict__':
            raise AttributeError("%r object attribute '__dict__' is read-only" % self.__class__.__name__)
        return object.__setattr__(self, name, value)
x = Local()
x.a = 5
print(x.a, x.__dict__, type(object.__getattribute__(x, '_impl')).__name__)
print(object.__getattribute__(x, '__dict__'))
try:
    x.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
print(object.__getattribute__(5, '__class__'), object.__getattribute__('s', 'upper')())
try:
    object.__getattribute__(x, 'nothing')
except AttributeError as e:
    print('AttributeError', e)
