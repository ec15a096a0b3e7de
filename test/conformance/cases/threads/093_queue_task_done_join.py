import queue, threading
q = queue.Queue()
processed = []
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        processed.append(item * 2)
        q.task_done()
t = threading.Thread(target=worker)
t.start()
for i in range(10):
    q.put(i)
q.join()
print(processed)
q.put(None)
t.join()
print(q.unfinished_tasks)
