import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def consumer():
    while True:
        item = q.get()
        if item is None:
            break
        with lock:
            results.append(item ** 2)
cs = [threading.Thread(target=consumer) for _ in range(4)]
for c in cs: c.start()
for i in range(40):
    q.put(i)
for _ in cs:
    q.put(None)
for c in cs: c.join()
print(sorted(results) == [i * i for i in range(40)], len(results))
