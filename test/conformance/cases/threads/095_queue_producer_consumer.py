import queue, threading
q = queue.Queue(maxsize=3)
out = []
def producer():
    for i in range(20):
        q.put(i)
    q.put(None)
def consumer():
    while (item := q.get()) is not None:
        out.append(item)
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(out == list(range(20)), len(out))
