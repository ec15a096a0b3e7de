import threading
class Timer(threading.Thread):
    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args else ()
        self.kwargs = kwargs if kwargs else {}
        self.finished = threading.Event()
    def cancel(self):
        self.finished.set()
    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
def hello(who):
    print("hello,", who)
t = Timer(0.05, hello, args=('world',))
t.start(); t.join()
c = Timer(5, hello, args=('never',))
c.start(); c.cancel(); c.join()
print('cancelled timer finished:', c.finished.is_set())
