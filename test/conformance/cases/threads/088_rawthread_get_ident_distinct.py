import _thread, threading
ids = []
lock = threading.Lock()
evs = [threading.Event() for _ in range(3)]
hold = threading.Event()
def w(i):
    with lock:
        ids.append(_thread.get_ident())
    evs[i].set()
    hold.wait()
for i in range(3):
    _thread.start_new_thread(w, (i,))
for e in evs:
    e.wait()
print(len(set(ids)), _thread.get_ident() not in ids)
hold.set()
