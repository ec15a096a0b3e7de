class Range3:
    def __iter__(self):
        return iter([1, 2, 3])
it = iter(Range3())
print(next(it), next(it), next(it), next(it, 'done'))
l = [1, 2]
li = iter(l)
print(type(li).__name__, next(li), list(li), list(li))
d = {'a': 1, 'b': 2}
print(type(iter(d)).__name__, type(iter(d.items())).__name__, list(iter(d.values())))
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print('TypeError', e)
class BadIter:
    def __iter__(self):
        return 5
try:
    iter(BadIter())
except TypeError as e:
    print('TypeError', e)
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
