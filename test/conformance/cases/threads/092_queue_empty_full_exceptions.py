import queue
q = queue.Queue(maxsize=2)
q.put(1); q.put(2)
print(q.full(), q.qsize())
try:
    q.put(3, block=False)
except queue.Full:
    print('Full raised (non-blocking)')
try:
    q.put(3, timeout=0.02)
except queue.Full:
    print('Full raised (timeout)')
try:
    q.put_nowait(3)
except queue.Full as e:
    print('Full via put_nowait', type(e).__name__, repr(str(e)))
q.get(); q.get()
try:
    q.get(block=False)
except queue.Empty:
    print('Empty raised (non-blocking)')
try:
    q.get(timeout=0.02)
except queue.Empty:
    print('Empty raised (timeout)')
try:
    q.get_nowait()
except queue.Empty as e:
    print('Empty via get_nowait', repr(str(e)))
print(issubclass(queue.Empty, Exception), issubclass(queue.Full, Exception))
