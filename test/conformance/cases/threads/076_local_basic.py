import threading
data = threading.local()
data.x = 'main'
seen = []
def w(i):
    seen.append(hasattr(data, 'x'))
    data.x = i
    seen.append(data.x)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts:
    t.start(); t.join()
print(seen, data.x)
