import threading, time
lock = threading.Lock()
lock.acquire()
state = []
def w():
    state.append('waiting')
    lock.acquire()
    state.append('acquired')
    lock.release()
t = threading.Thread(target=w)
t.start()
time.sleep(0.1)
state.append('main releases')
lock.release()
t.join()
print(state)
