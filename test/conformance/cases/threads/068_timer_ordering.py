import threading
out = []
lock = threading.Lock()
def rec(x):
    with lock:
        out.append(x)
ts = [threading.Timer(d, rec, args=(n,)) for n, d in [('late', 0.3), ('early', 0.05), ('mid', 0.15)]]
for t in ts: t.start()
for t in ts: t.join()
print(out)
