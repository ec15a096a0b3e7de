import sys, threading
class Capture:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
    def flush(self):
        pass
cap = Capture()
real = sys.stderr
sys.stderr = cap
def worker():
    raise ValueError('captured boom')
t = threading.Thread(target=worker)
t.start(); t.join()
sys.stderr = real
lines = ''.join(cap.parts).splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(any(l.strip() == "raise ValueError('captured boom')" for l in lines))
