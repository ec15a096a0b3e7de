import threading
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
class L(threading.local):
    def __init__(self, v):
        self.v = v
print(L(3).v)
