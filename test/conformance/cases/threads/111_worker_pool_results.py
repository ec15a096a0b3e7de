import threading, queue
tasks = queue.Queue()
results = {}
lock = threading.Lock()
def worker():
    while True:
        n = tasks.get()
        if n is None:
            return
        r = sum(i * i for i in range(n))
        with lock:
            results[n] = r
pool = [threading.Thread(target=worker) for _ in range(4)]
for t in pool: t.start()
for n in range(1, 21):
    tasks.put(n)
for _ in pool: tasks.put(None)
for t in pool: t.join()
print([results[n] for n in sorted(results)])
