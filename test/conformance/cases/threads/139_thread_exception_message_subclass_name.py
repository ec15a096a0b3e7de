import threading, sys
class C:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = C()
sys.stderr = cap
class Worker(threading.Thread):
    def run(self):
        raise LookupError('from subclass')
w = Worker(name='custom-worker')
w.start(); w.join()
sys.stderr = sys.__stderr__
text = ''.join(cap.parts)
print(text.splitlines()[0])
print(text.splitlines()[-1])
