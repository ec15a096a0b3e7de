import threading, time
out = []
t = threading.Timer(0.2, lambda: out.append('fired'))
t.start()
t.cancel()
t.join()
time.sleep(0.05)
print(out, t.finished.is_set(), t.is_alive())
