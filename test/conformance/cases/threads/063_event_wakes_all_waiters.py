import threading
e = threading.Event()
out = []
lock = threading.Lock()
def w(i):
    r = e.wait()
    with lock:
        out.append((i, r))
ts = [threading.Thread(target=w, args=(i,)) for i in range(6)]
for t in ts: t.start()
e.set()
for t in ts: t.join()
print(sorted(out))
