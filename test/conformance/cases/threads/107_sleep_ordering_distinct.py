import threading, time
out = []
lock = threading.Lock()
def w(name, delay):
    time.sleep(delay)
    with lock:
        out.append(name)
specs = [('c', 0.3), ('a', 0.05), ('b', 0.15)]
ts = [threading.Thread(target=w, args=s) for s in specs]
for t in ts: t.start()
for t in ts: t.join()
print(out)
