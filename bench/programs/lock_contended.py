# Contended lock handoff: 4 threads each increment a shared counter under one Lock.
import threading
N = 50_000
lock = threading.Lock()
count = 0
def work():
    global count
    for _ in range(N):
        with lock:
            count += 1
ts = [threading.Thread(target=work) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(count)
