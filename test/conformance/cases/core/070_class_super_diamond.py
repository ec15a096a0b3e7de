class Base:
    def hello(self):
        return ['Base']
class Left(Base):
    def hello(self):
        return ['Left'] + super().hello()
class Right(Base):
    def hello(self):
        return ['Right'] + super().hello()
class Child(Left, Right):
    def hello(self):
        return ['Child'] + super().hello()
print(Child().hello())
print(super(Left, Child()).hello())
class Init(Left, Right):
    def __init__(self):
        super().__init__()
        self.ok = True
print(Init().ok)
class WithCls:
    @classmethod
    def make(cls):
        return cls.__name__
class Sub(WithCls):
    @classmethod
    def make(cls):
        return 'sub:' + super().make()
print(Sub.make())
s = super(Child, Child())
print(type(s).__name__)
