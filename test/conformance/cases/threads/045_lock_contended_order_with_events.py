import threading
lock = threading.Lock()
out = []
started = threading.Event()
def holder():
    with lock:
        started.set()
        out.append('holder has lock')
        go.wait()
        out.append('holder releasing')
def contender():
    started.wait()
    with lock:
        out.append('contender has lock')
go = threading.Event()
h = threading.Thread(target=holder); c = threading.Thread(target=contender)
h.start(); c.start()
started.wait()
go.set()
h.join(); c.join()
print(out)
