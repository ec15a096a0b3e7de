# queue.Queue producer/consumer throughput: 2 producers, 2 consumers, bounded queue.
import threading, queue
N = 50_000
q = queue.Queue(maxsize=100)
totals = [0, 0]
def producer(base):
    for i in range(N):
        q.put(base + i)
def consumer(k):
    s = 0
    while True:
        x = q.get()
        if x is None:
            break
        s += x
    totals[k] = s
ps = [threading.Thread(target=producer, args=(b,)) for b in (0, 1_000_000)]
cs = [threading.Thread(target=consumer, args=(k,)) for k in range(2)]
for t in ps + cs:
    t.start()
for t in ps:
    t.join()
for _ in cs:
    q.put(None)
for t in cs:
    t.join()
print(sum(totals))
