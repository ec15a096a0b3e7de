import weakref
class Obj:
    def __init__(self, name):
        self.name = name
events = []
o = Obj('a')
r = weakref.ref(o, lambda ref: events.append(('dead', ref is r2)))
r2 = r
print(r() is o, r().name, type(r).__name__)
del o
print(r(), events)
