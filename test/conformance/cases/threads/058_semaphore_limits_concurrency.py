import threading
sem = threading.Semaphore(3)
lock = threading.Lock()
active = 0
peak = 0
gate = threading.Event()
def w():
    global active, peak
    with sem:
        with lock:
            active += 1
            peak = max(peak, active)
        gate.wait(0.05)
        with lock:
            active -= 1
ts = [threading.Thread(target=w) for _ in range(10)]
for t in ts: t.start()
for t in ts: t.join()
print('peak <= 3:', peak <= 3, 'active:', active)
