import threading
s = threading.BoundedSemaphore(1)
with s:
    print('inside', s.acquire(blocking=False))
print('after', s.acquire(blocking=False))
s.release()
