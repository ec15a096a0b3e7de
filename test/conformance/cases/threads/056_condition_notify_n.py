import threading
cond = threading.Condition()
count = 0
woke = []
parked = threading.Semaphore(0)
go = False
def w(i):
    with cond:
        parked.release()
        cond.wait_for(lambda: go)
        woke.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts: t.start()
for _ in ts: parked.acquire()
with cond:
    go = True
    cond.notify(2)
with cond:
    cond.notify(10)
for t in ts: t.join()
print(len(woke))
