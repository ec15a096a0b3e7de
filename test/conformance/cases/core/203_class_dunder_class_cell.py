class A:
    def who(self):
        return __class__.__name__
    def sup(self):
        return super().__repr__.__name__
class B(A):
    pass
print(B().who(), B().sup())
class C:
    def method(self):
        return __class__
print(C().method() is C)
