import queue, threading
q = queue.Queue()
def delayed_put():
    q.put('late item')
t = threading.Timer(0.05, delayed_put)
t.start()
print(q.get(timeout=5))
t.join()
