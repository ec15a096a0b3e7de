import threading
lock = threading.Lock()
try:
    with lock:
        raise ValueError('inside')
except ValueError as e:
    print('caught', e, 'locked:', lock.locked())
