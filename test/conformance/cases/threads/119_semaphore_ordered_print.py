import threading
sems = [threading.Semaphore(0) for _ in range(3)]
def w(i):
    sems[i].acquire()
    print('thread', i)
    if i + 1 < 3:
        sems[i + 1].release()
ts = [threading.Thread(target=w, args=(i,)) for i in reversed(range(3))]
for t in ts: t.start()
sems[0].release()
for t in ts: t.join()
print('done')
