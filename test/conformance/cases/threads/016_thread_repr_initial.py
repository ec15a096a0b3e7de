import threading
t = threading.Thread(target=lambda: None, name='R')
print(repr(t))
d = threading.Thread(target=lambda: None, name='D', daemon=True)
print(repr(d))
