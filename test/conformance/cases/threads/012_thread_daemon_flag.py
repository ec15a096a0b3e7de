import threading
t = threading.Thread(target=lambda: None)
print(t.daemon)
t.daemon = True
print(t.daemon)
d = threading.Thread(target=lambda: None, daemon=True)
print(d.daemon)
def check():
    inner = threading.Thread(target=lambda: None)
    print('inherited daemon:', inner.daemon)
d2 = threading.Thread(target=check, daemon=True)
d2.start(); d2.join()
d.start(); d.join()
try:
    d.daemon = False
except RuntimeError as e:
    print('RuntimeError', e)
print(threading.main_thread().daemon)
