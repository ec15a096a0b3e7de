import threading
r = threading.RLock()
r.acquire()
def bad():
    try:
        r.release()
    except RuntimeError as e:
        print('RuntimeError', e)
    print('other thread can acquire:', r.acquire(timeout=0.05))
t = threading.Thread(target=bad)
t.start(); t.join()
r.release()
