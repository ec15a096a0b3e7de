import weakref
class K:
    pass
a = K()
r1 = weakref.ref(a)
r2 = weakref.ref(a)
print(r1 is r2, r1 == r2, hash(r1) == hash(a), weakref.getweakrefcount(a))
r3 = weakref.ref(a, lambda r: None)
print(r3 is r1, r3 == r1, weakref.getweakrefcount(a))
try:
    weakref.ref(5)
except TypeError as e:
    print('TypeError', e)
try:
    weakref.ref([1])
except TypeError as e:
    print('TypeError', e)
