import threading
lock = threading.Lock()
cond = threading.Condition(lock)
sem = threading.Semaphore(0)
ev = threading.Event()
log = []
def a():
    with cond:
        log.append('a waits on condition')
        sem.release()
        cond.wait()
        log.append('a notified')
    ev.set()
t = threading.Thread(target=a)
t.start()
sem.acquire()
with cond:
    log.append('main notifies')
    cond.notify()
ev.wait()
t.join()
print(log)
