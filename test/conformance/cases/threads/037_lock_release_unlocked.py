import threading
lock = threading.Lock()
try:
    lock.release()
except RuntimeError as e:
    print('RuntimeError', e)
