import threading, _thread
print(type(threading.Lock()).__name__, type(threading.RLock()).__name__, threading.Lock is _thread.allocate_lock)
print(type(_thread.allocate_lock()) is type(threading.Lock()))
