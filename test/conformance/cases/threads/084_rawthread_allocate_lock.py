import _thread
lk = _thread.allocate_lock()
print(lk.acquire(), lk.locked(), lk.acquire(0), lk.acquire(1, 0.01))
lk.release()
print(lk.locked())
with lk:
    print('with ok', lk.locked())
try:
    lk.release()
except RuntimeError as e:
    print('RuntimeError', e)
print(_thread.LockType is type(lk), type(_thread.RLock()).__name__)
