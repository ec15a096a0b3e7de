import threading
done = []
lock = threading.Lock()
def worker(i):
    with lock:
        done.append(i)
ts = [threading.Thread(target=worker, args=(i,)) for i in range(50)]
for t in ts: t.start()
for t in ts: t.join()
print(len(done), sorted(done) == list(range(50)))
