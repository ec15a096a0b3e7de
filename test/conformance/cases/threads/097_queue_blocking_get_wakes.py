import queue, threading, time
q = queue.Queue()
got = []
def getter():
    got.append(q.get())
t = threading.Thread(target=getter)
t.start()
time.sleep(0.05)
print('getter blocked:', t.is_alive(), got)
q.put('item')
t.join()
print(got)
