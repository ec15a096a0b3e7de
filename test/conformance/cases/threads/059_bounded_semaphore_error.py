import threading
b = threading.BoundedSemaphore(2)
b.acquire()
b.release()
try:
    b.release()
except ValueError as e:
    print('ValueError', e)
s = threading.Semaphore(1)
s.release()
print('plain semaphore allows over-release:', s.acquire(False), s.acquire(False), s.acquire(False))
