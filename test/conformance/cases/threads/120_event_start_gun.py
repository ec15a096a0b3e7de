import threading
gun = threading.Event()
ready = threading.Barrier(4)
finish = []
lk = threading.Lock()
def runner(i):
    ready.wait()
    gun.wait()
    with lk:
        finish.append(i)
ts = [threading.Thread(target=runner, args=(i,)) for i in range(3)]
for t in ts: t.start()
ready.wait()
gun.set()
for t in ts: t.join()
print(sorted(finish))
