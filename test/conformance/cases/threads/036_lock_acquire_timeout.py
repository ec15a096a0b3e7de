import threading
lock = threading.Lock()
lock.acquire()
print(lock.acquire(timeout=0.05))
print(lock.acquire(True, 0.01))
lock.release()
print(lock.acquire(timeout=0.05))
try:
    lock.acquire(False, 1)
except ValueError as e:
    print('ValueError', e)
try:
    lock.acquire(timeout=-5)
except ValueError as e:
    print('ValueError', e)
lock.release()
