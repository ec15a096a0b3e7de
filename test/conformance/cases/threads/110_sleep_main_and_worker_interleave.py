import threading, time
def worker():
    for i in range(3):
        print('worker', i)
        time.sleep(0.1)
t = threading.Thread(target=worker)
t.start()
time.sleep(0.05)
for i in range(3):
    print('main', i)
    time.sleep(0.1)
t.join()
