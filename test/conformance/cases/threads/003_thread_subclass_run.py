import threading
class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = 0
    def run(self):
        for i in range(self.n):
            self.total += i
c = Counter(100)
c.start()
c.join()
print(c.total, c.is_alive())
class WithName(threading.Thread):
    def __init__(self):
        super().__init__(name='named-sub')
    def run(self):
        print('running in', threading.current_thread().name)
w = WithName(); w.start(); w.join()
