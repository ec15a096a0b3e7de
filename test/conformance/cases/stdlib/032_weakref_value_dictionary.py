import weakref, gc
class Item:
    def __init__(self, v):
        self.v = v
cache = weakref.WeakValueDictionary()
a, b = Item(1), Item(2)
cache['a'] = a
cache['b'] = b
print(sorted(cache.keys()), cache['a'].v, 'b' in cache, len(cache))
del b
gc.collect()
print(sorted(cache.keys()), 'b' in cache, len(cache), cache.get('b', 'gone'))
try:
    cache['b']
except KeyError as e:
    print('KeyError', e)
