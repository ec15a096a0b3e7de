print(format(3.14159, '.2f'), format(42), format('x', '>3'), format(1234567, ','))
print(callable(len), callable(1), callable(lambda: 0), callable(type), callable(int.__add__), callable('s'.upper))
class C:
    def __call__(self): pass
print(callable(C), callable(C()), callable(object()))
