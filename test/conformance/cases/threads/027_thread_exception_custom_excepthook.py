import threading
seen = []
def hook(args):
    seen.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))
threading.excepthook = hook
def worker():
    raise KeyError('k')
t = threading.Thread(target=worker, name='hooked')
t.start(); t.join()
print(seen)
threading.excepthook = threading.__excepthook__
print(threading.excepthook is threading.__excepthook__)
