s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), repr(slice(None, -1)))
print(s.indices(6), slice(None, None, -1).indices(5))
l = list(range(12))
print(l[s], 'abcdefghijkl'[s], tuple(l)[s])
class Show:
    def __getitem__(self, key):
        return key
print(Show()[1:2], Show()[::3], Show()[1:2, 3], Show()[...], Show()[:, None])
