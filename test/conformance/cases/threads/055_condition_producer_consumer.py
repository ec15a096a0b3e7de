import threading
cond = threading.Condition()
buf = []
CAP = 2
produced, consumed = [], []
def producer():
    for i in range(10):
        with cond:
            cond.wait_for(lambda: len(buf) < CAP)
            buf.append(i)
            produced.append(i)
            cond.notify_all()
def consumer():
    for _ in range(10):
        with cond:
            cond.wait_for(lambda: buf)
            consumed.append(buf.pop(0))
            cond.notify_all()
p = threading.Thread(target=producer); c = threading.Thread(target=consumer)
p.start(); c.start(); p.join(); c.join()
print(produced, consumed)
