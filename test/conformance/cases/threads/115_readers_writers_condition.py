import threading
class RW:
    def __init__(self):
        self.cond = threading.Condition()
        self.readers = 0
    def read_acquire(self):
        with self.cond:
            self.readers += 1
    def read_release(self):
        with self.cond:
            self.readers -= 1
            if self.readers == 0:
                self.cond.notify_all()
    def write_acquire(self):
        self.cond.acquire()
        self.cond.wait_for(lambda: self.readers == 0)
    def write_release(self):
        self.cond.release()
rw = RW()
data = {'v': 0}
reads = []
lk = threading.Lock()
def reader():
    for _ in range(50):
        rw.read_acquire()
        v = data['v']
        rw.read_release()
        with lk:
            reads.append(v)
def writer():
    for _ in range(50):
        rw.write_acquire()
        data['v'] += 1
        rw.write_release()
ts = [threading.Thread(target=reader) for _ in range(3)] + [threading.Thread(target=writer) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(data['v'], len(reads), all(0 <= r <= 100 for r in reads))
