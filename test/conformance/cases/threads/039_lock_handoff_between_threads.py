import threading
lock = threading.Lock()
log = []
lock.acquire()
def waiter():
    with lock:
        log.append('waiter got lock')
t = threading.Thread(target=waiter)
t.start()
log.append('main releasing')
lock.release()
t.join()
print(log)
