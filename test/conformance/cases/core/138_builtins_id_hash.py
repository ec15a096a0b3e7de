a = [1]
b = a
print(id(a) == id(b), id(a) == id([1]), type(id(a)).__name__)
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False), hash(-1), hash(-2))
print(hash(2 ** 61 - 1), hash(2 ** 61), hash(10 ** 20), hash(-(10 ** 20)), hash(0.5), hash(1.5), hash(-0.5))
print(hash(()) == hash(()), hash((1, 2)) == hash((1, 2)), hash(None) == hash(None))
print(hash(float('inf')), hash(float('-inf')))
try:
    hash({})
except TypeError as e:
    print('TypeError', e)
