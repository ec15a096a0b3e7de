import threading
class Counter:
    def __init__(self):
        self._v = 0
        self._lock = threading.Lock()
    def incr(self):
        with self._lock:
            self._v += 1
    @property
    def value(self):
        with self._lock:
            return self._v
c = Counter()
ts = [threading.Thread(target=lambda: [c.incr() for _ in range(5000)]) for _ in range(5)]
for t in ts: t.start()
for t in ts: t.join()
print(c.value)
