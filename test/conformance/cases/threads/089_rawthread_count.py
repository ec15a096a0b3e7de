import _thread, threading, time
print(_thread._count())
ev = threading.Event()
started = threading.Event()
def w():
    started.set()
    ev.wait()
_thread.start_new_thread(w, ())
started.wait()
print(_thread._count())
ev.set()
time.sleep(0.05)
print(_thread._count())
