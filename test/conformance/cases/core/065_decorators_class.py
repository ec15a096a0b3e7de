registry = {}
def register(cls):
    registry[cls.__name__] = cls
    cls.registered = True
    return cls
@register
class A:
    pass
print(registry, A.registered)
def add_repr(cls):
    def __repr__(self):
        return f'{cls.__name__}({self.__dict__})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self):
        self.x = 1
print(P())
def singleton(cls):
    inst = {}
    def get():
        if cls not in inst:
            inst[cls] = cls()
        return inst[cls]
    return get
@singleton
class S:
    pass
print(S() is S())
