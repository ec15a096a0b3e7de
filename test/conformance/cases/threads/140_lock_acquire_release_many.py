import threading
lock = threading.Lock()
n = 0
for _ in range(100000):
    lock.acquire()
    n += 1
    lock.release()
print(n, lock.locked())
