# 100000 threads blocked on one Event, then released; reports peak memory via the runner.
import threading
threading.stack_size(64 * 1024)   # CPython: small OS stacks so 100000 real threads fit; pyts: no-op
N = 100000
ev = threading.Event()
done = [0]
lock = threading.Lock()
def waiter():
    ev.wait()
    with lock:
        done[0] += 1
ts = [threading.Thread(target=waiter) for _ in range(N)]
for t in ts:
    t.start()
ev.set()
for t in ts:
    t.join()
print(done[0])
