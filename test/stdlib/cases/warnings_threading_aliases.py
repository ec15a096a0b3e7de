import threading
t = threading.current_thread()
print(t.isDaemon())
print(t.getName())
t.setName("Main2")
print(threading.currentThread().name, threading.activeCount())
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
print(e.isSet())
for i in range(2):
    t.getName()
th = threading.Thread(target=lambda: None)
th.setDaemon(True)
print(th.daemon)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    e.isSet()
    print(w[0].message, w[0].lineno)
