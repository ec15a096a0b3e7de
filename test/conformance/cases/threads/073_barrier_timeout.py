import threading
b = threading.Barrier(2, timeout=0.05)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('timed out -> broken', b.broken)
b2 = threading.Barrier(2)
try:
    b2.wait(timeout=0.02)
except threading.BrokenBarrierError:
    print('explicit timeout -> broken', b2.broken)
