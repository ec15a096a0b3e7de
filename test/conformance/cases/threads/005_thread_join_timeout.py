import threading
release = threading.Event()
def worker():
    release.wait()
t = threading.Thread(target=worker)
t.start()
t.join(timeout=0.05)
print('still alive after timed join:', t.is_alive())
release.set()
t.join()
print('alive after full join:', t.is_alive())
print(t.join(0.01))
