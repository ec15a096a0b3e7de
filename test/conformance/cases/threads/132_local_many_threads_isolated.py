import threading
loc = threading.local()
out = {}
lock = threading.Lock()
barrier = threading.Barrier(5)
def w(i):
    loc.value = i * 100
    barrier.wait()
    with lock:
        out[i] = loc.value
ts = [threading.Thread(target=w, args=(i,)) for i in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(out == {i: i * 100 for i in range(5)}, sorted(out.values()))
