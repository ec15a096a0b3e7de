class Field:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = '_' + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.name, None)
    def __set__(self, obj, v):
        setattr(obj, self.name, v)
class Model:
    first = Field()
    second = Field()
m = Model()
m.first = 1
print(m.first, m.second, m._first)
