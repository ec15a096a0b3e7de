import threading
ev = threading.Event()
t = threading.Thread(target=ev.wait)
t.start()
try:
    t.daemon = True
except RuntimeError as e:
    print('RuntimeError', e)
ev.set()
t.join()
