import threading
lock = threading.Lock()
lock.acquire()
def releaser():
    lock.release()
    print('released by other thread')
t = threading.Thread(target=releaser)
t.start(); t.join()
print(lock.locked())
