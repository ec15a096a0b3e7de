import threading
lock = threading.Lock()
print(lock.locked())
print(lock.acquire())
print(lock.locked())
print(lock.acquire(False))
print(lock.acquire(blocking=False))
lock.release()
print(lock.locked())
with lock:
    print('in with', lock.locked())
print('after with', lock.locked())
