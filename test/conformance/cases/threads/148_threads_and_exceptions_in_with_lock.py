import threading
lock = threading.Lock()
errors = []
def w(i):
    try:
        with lock:
            if i % 2:
                raise ValueError(i)
    except ValueError as e:
        errors.append(int(str(e)))
ts = [threading.Thread(target=w, args=(i,)) for i in range(6)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(errors), lock.locked())
