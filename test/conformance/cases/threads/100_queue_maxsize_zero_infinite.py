import queue
q = queue.Queue(0)
for i in range(1000):
    q.put_nowait(i)
print(q.qsize(), q.full(), q.maxsize)
q2 = queue.Queue(-5)
q2.put(1); q2.put(2)
print(q2.full(), q2.qsize())
