import threading, time
# Worker prints at t = 0, 0.3, 0.6; main at t = 0.15, 0.45, 0.75: 150 ms between neighbours.
def worker():
    for i in range(3):
        print('worker', i)
        time.sleep(0.3)
t = threading.Thread(target=worker)
t.start()
time.sleep(0.15)
for i in range(3):
    print('main', i)
    time.sleep(0.3)
t.join()
