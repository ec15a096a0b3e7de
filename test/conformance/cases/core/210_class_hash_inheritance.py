class A:
    def __eq__(self, o): return True
    __hash__ = object.__hash__
class B(A):
    pass
class C(A):
    def __eq__(self, o): return False
print(type(hash(A())).__name__, type(hash(B())).__name__, C.__hash__)
class Unhashable:
    __hash__ = None
try:
    {Unhashable()}
except TypeError as e:
    print('TypeError', e)
from collections.abc import Hashable
print(isinstance(Unhashable(), Hashable), isinstance(A(), Hashable))
