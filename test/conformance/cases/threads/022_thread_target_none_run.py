import threading
t = threading.Thread()
t.start(); t.join()
print('empty thread ok', t.is_alive())
