import threading
b = threading.Barrier(3)
print(b.parties, b.n_waiting, b.broken)
out = []
lock = threading.Lock()
def w(i):
    idx = b.wait()
    with lock:
        out.append(idx)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), b.n_waiting, b.broken)
