import queue, threading, time
q = queue.Queue(1)
q.put('first')
log = []
def putter():
    q.put('second')
    log.append('put done')
t = threading.Thread(target=putter)
t.start()
time.sleep(0.05)
print('putter blocked:', t.is_alive(), log)
print(q.get())
t.join()
print(log, q.get())
