import threading
def worker():
    raise ValueError('boom in thread')
t = threading.Thread(target=worker)
t.start()
t.join()
print('main continues after thread exception', t.is_alive())
