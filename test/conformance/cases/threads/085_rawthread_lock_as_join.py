import _thread
lock = _thread.allocate_lock()
lock.acquire()
result = []
def worker():
    result.append(sum(range(1000)))
    lock.release()
_thread.start_new_thread(worker, ())
lock.acquire()
print(result)
