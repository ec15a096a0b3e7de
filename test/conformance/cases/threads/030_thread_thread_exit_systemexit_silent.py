import threading
def worker():
    raise SystemExit('quiet')
t = threading.Thread(target=worker)
t.start(); t.join()
print('no traceback for SystemExit in thread')
