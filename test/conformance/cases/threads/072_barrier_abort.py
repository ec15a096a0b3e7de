import threading
b = threading.Barrier(3)
errs = []
def w():
    try:
        b.wait()
    except threading.BrokenBarrierError as e:
        errs.append(type(e).__name__)
t = threading.Thread(target=w)
t.start()
while b.n_waiting < 1:
    pass
b.abort()
t.join()
print(errs, b.broken)
try:
    b.wait()
except threading.BrokenBarrierError:
    print('wait on broken barrier raises BrokenBarrierError')
b.reset()
print(b.broken, b.n_waiting)
print(issubclass(threading.BrokenBarrierError, RuntimeError))
