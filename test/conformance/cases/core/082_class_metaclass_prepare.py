class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print('prepare', name)
        return {'injected': 'yes'}
    def __new__(mcls, name, bases, ns):
        return super().__new__(mcls, name, bases, dict(ns))
class C(metaclass=OrderedMeta):
    a = 1
print(C.injected, C.a)
class Registry(type):
    classes = []
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        Registry.classes.append(name)
class R1(metaclass=Registry): pass
class R2(R1): pass
print(Registry.classes)
