import threading
rl = threading.RLock()
cond = threading.Condition(rl)
log = []
def other():
    with cond:
        log.append('other got the lock while main waits')
        cond.notify()
with cond:
    with cond:
        t = threading.Thread(target=other)
        t.start()
        cond.wait()
        log.append('main woke with lock held twice')
    log.append('main released once')
t.join()
print(log)
