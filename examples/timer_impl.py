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
