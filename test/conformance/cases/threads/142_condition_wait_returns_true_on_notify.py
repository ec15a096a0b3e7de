import threading
c = threading.Condition()
res = []
started = threading.Event()
def w():
    with c:
        started.set()
        res.append(c.wait(timeout=5))
t = threading.Thread(target=w)
t.start()
started.wait()
with c:
    c.notify()
t.join()
print(res)
