import threading
ev = threading.Event()
def worker():
    ev.wait()
t = threading.Thread(target=worker)
print('before start', t.is_alive())
t.start()
print('after start', t.is_alive())
ev.set()
t.join()
print('after join', t.is_alive())
