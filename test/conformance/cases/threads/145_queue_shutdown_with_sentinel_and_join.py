import threading, queue
q = queue.Queue()
seen = []
def worker():
    while True:
        item = q.get()
        try:
            if item is None:
                return
            seen.append(item)
        finally:
            q.task_done()
t = threading.Thread(target=worker)
t.start()
for w in 'pyts':
    q.put(w)
q.put(None)
q.join()
t.join()
print(''.join(seen), q.empty(), q.unfinished_tasks)
