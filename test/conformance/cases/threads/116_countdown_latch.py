import threading
class Latch:
    def __init__(self, n):
        self.n = n
        self.cond = threading.Condition()
    def count_down(self):
        with self.cond:
            self.n -= 1
            if self.n <= 0:
                self.cond.notify_all()
    def wait(self):
        with self.cond:
            self.cond.wait_for(lambda: self.n <= 0)
latch = Latch(5)
done = []
def w(i):
    done.append(i)
    latch.count_down()
for i in range(5):
    threading.Thread(target=w, args=(i,)).start()
latch.wait()
print(sorted(done))
