import threading, time
stop = threading.Event()
ticks = []
def worker():
    while not stop.is_set():
        ticks.append(1)
        stop.wait(0.01)
    ticks.append('stopped')
t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)
stop.set()
t.join()
print(len(ticks) > 1, ticks[-1])
