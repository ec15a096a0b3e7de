import threading
cond = threading.Condition()
ready = False
woken = []
waiting = threading.Semaphore(0)
def waiter(i):
    with cond:
        waiting.release()
        while not ready:
            cond.wait()
        woken.append(i)
ts = [threading.Thread(target=waiter, args=(i,)) for i in range(5)]
for t in ts: t.start()
for _ in ts: waiting.acquire()
with cond:
    ready = True
    cond.notify_all()
for t in ts: t.join()
print(sorted(woken))
