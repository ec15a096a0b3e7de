import threading
count = 0
lock = threading.Lock()
def work(n):
    global count
    for _ in range(n):
        with lock:
            count += 1
ts = [threading.Thread(target=work, args=(20000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(count)
