import threading
lock = threading.RLock()
def fact(n):
    with lock:
        return 1 if n <= 1 else n * fact(n - 1)
results = []
def worker(n):
    results.append(fact(n))
ts = [threading.Thread(target=worker, args=(n,)) for n in (5, 10, 15)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results))
