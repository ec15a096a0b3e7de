class A:
    def __init__(self):
        print('A.__init__')
        self.a = 1
class B(A):
    def __init__(self):
        print('B.__init__')
        super().__init__()
        self.b = 2
class C(A):
    def __init__(self):
        print('C.__init__')
        super().__init__()
        self.c = 3
class D(B, C):
    def __init__(self):
        print('D.__init__')
        super().__init__()
d = D()
print(sorted(vars(d).items()), [k.__name__ for k in D.__mro__])
class E(A):
    pass
print(E().a)
