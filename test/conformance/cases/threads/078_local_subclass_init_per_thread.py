import threading
class MyLocal(threading.local):
    initialized = 0
    def __init__(self, color):
        self.color = color
        self.items = []
        MyLocal.initialized += 1
loc = MyLocal('red')
loc.items.append('main')
out = []
def w(i):
    out.append((loc.color, list(loc.items)))
    loc.items.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(2)]
for t in ts:
    t.start(); t.join()
print(out, loc.items, MyLocal.initialized)
