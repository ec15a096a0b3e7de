import threading, queue
q = queue.Queue()
def producer(start):
    for i in range(start, start + 5):
        q.put(i)
p1 = threading.Thread(target=producer, args=(0,))
p1.start(); p1.join()
p2 = threading.Thread(target=producer, args=(100,))
p2.start(); p2.join()
print([q.get() for _ in range(10)])
