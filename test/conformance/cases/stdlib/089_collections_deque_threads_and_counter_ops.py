from collections import deque, Counter
import threading
d = deque()
def producer(n):
    for i in range(n):
        d.append(i)
ts = [threading.Thread(target=producer, args=(1000,)) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(len(d), sum(d))
c = Counter()
c['x'] += 2
c.update(['y', 'y', 'z'])
print(c.most_common(), list(c.elements()), c.get('missing', 0), -c, c - Counter(y=5))
