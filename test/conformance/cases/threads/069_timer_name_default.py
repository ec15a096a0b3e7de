import threading
t = threading.Timer(1, print)
print(t.name.startswith('Thread-'), t.interval, t.function is print, t.args, t.kwargs)
t.cancel()
