import threading
b = threading.Barrier(3)
log = []
lock = threading.Lock()
def w(i):
    for phase in range(3):
        with lock:
            log.append(phase)
        b.wait()
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(log)
