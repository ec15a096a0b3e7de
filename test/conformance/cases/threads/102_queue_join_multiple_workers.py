import queue, threading
q = queue.Queue()
total = [0]
lock = threading.Lock()
def worker():
    while True:
        n = q.get()
        with lock:
            total[0] += n
        q.task_done()
for _ in range(3):
    threading.Thread(target=worker, daemon=True).start()
for i in range(100):
    q.put(i)
q.join()
print(total[0])
