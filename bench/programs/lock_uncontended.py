# Uncontended Lock acquire/release pairs per second (one thread).
import threading, time, sys
N = 1_000_000
lock = threading.Lock()
t0 = time.perf_counter()
for _ in range(N):
    lock.acquire()
    lock.release()
dt = time.perf_counter() - t0
with lock:
    pass
print(N, lock.locked())
print(f'#metric lock_pairs_per_s {N / dt:.0f}', file=sys.stderr)
