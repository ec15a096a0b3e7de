# Completes the seed fragment timer_impl.py (verbatim from the tutorial): adds the import and uses
# the class once (its cancel method is spelled `cacle` in the seed, kept as is).
import threading


class Timer(threading.Thread):

    def __init__(self, interval, function, args=None, kwargs=None):
        super().__init__()
        self.interval = interval
        self.function = function
        self.args = args if args else ()
        self.kwargs = kwargs if kwargs else {}
        self.finished = threading.Event()
    
    def run(self):
        """执行定时任务"""
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()

    def cacle(self):
        """用于在任务开始前取消任务"""
        self.finished.set()


def hello():
    print("hello, world")


t = Timer(0.1, hello)
t.start()
t.join()
