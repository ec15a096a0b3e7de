class Typed:
    def __init__(self, name, kind):
        self.name, self.kind = name, kind
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, 'unset')
    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f'{self.name} must be {self.kind.__name__}')
        obj.__dict__[self.name] = value
    def __delete__(self, obj):
        print('delete', self.name)
class NonData:
    def __get__(self, obj, owner):
        return 'nondata from ' + owner.__name__
class Rec:
    age = Typed('age', int)
    label = NonData()
r = Rec()
print(r.age)
r.age = 5
print(r.age, type(Rec.age).__name__)
try:
    r.age = 'x'
except TypeError as e:
    print('TypeError', e)
del r.age
print(r.label, Rec.label)
r.__dict__['label'] = 'instance wins'
print(r.label)
r.__dict__['age'] = 99
print(r.age)
