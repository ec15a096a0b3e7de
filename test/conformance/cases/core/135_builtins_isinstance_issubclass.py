print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', (int, str)), isinstance(None, type(None)))
print(issubclass(bool, int), issubclass(int, (str, object)), issubclass(type, object), issubclass(object, type))
print(isinstance(int, type), isinstance(type, type), isinstance([], (list, tuple)))
class A: pass
class B(A): pass
print(isinstance(B(), A), issubclass(B, B), issubclass(A, B))
try:
    isinstance(1, 5)
except TypeError as e:
    print('TypeError', e)
try:
    issubclass(1, int)
except TypeError as e:
    print('TypeError', e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == 'magic'
class Any(metaclass=Meta): pass
print(isinstance('magic', Any), isinstance('x', Any))
