import threading
captured = {}
def hook(args):
    captured['type'] = args.exc_type
    captured['value'] = args.exc_value
    captured['tb'] = args.exc_traceback is not None
    captured['thread'] = args.thread.name
threading.excepthook = hook
def w():
    raise TypeError('bad type')
t = threading.Thread(target=w, name='T')
t.start(); t.join()
print(captured['type'].__name__, captured['value'], captured['tb'], captured['thread'])
