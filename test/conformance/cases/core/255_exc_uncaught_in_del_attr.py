class A:
    __slots__ = ('a',)
obj = A()
print('deleting unset slot')
del obj.a
