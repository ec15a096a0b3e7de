class Desc:
    def __get__(self, obj, cls): return 'data descriptor'
    def __set__(self, obj, v): raise AttributeError('read-only')
class A:
    d = Desc()
    plain = 'class attr'
a = A()
a.__dict__['d'] = 'instance dict'
a.__dict__['plain'] = 'instance attr'
print(a.d, a.plain, A.plain)
try:
    a.d = 1
except AttributeError as e:
    print('AttributeError', e)
class B(A):
    plain = 'B attr'
print(B().plain, B.d)
