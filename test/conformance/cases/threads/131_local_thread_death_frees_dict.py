import threading, gc
class Tracked:
    instances = 0
    def __init__(self):
        Tracked.instances += 1
    def __del__(self):
        Tracked.instances -= 1
loc = threading.local()
def w():
    loc.obj = Tracked()
t = threading.Thread(target=w); t.start(); t.join()
del t
gc.collect()
print('live objects after thread ended:', Tracked.instances)
