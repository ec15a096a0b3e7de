import threading
fired = threading.Event()
out = []
def cb(a, b=0):
    out.append(a + b)
    fired.set()
t = threading.Timer(0.05, cb, args=(1,), kwargs={'b': 2})
print(type(t).__name__, isinstance(t, threading.Thread), t.is_alive())
t.start()
fired.wait()
t.join()
print(out, t.is_alive())
