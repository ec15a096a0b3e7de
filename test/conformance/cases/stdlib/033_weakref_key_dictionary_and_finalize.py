import weakref
class Node:
    pass
meta = weakref.WeakKeyDictionary()
n1, n2 = Node(), Node()
meta[n1] = 'one'
meta[n2] = 'two'
print(len(meta), meta[n1])
del n1
print(len(meta))
log = []
obj = Node()
f = weakref.finalize(obj, log.append, 'finalized')
print(f.alive, log)
del obj
print(f.alive, log)
