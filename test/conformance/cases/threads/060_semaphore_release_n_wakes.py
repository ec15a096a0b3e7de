import threading
s = threading.Semaphore(0)
done = []
def w(i):
    s.acquire()
    done.append(i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
s.release(3)
for t in ts: t.join()
print(sorted(done))
try:
    s.release(0)
except ValueError as e:
    print('ValueError', e)
