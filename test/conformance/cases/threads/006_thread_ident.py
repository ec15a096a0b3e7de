import threading
idents = {}
def worker(k):
    idents[k] = threading.get_ident()
t = threading.Thread(target=worker, args=('a',))
print(t.ident)
t.start(); t.join()
print(t.ident is not None, t.ident == idents['a'], isinstance(t.ident, int))
print(threading.get_ident() == threading.main_thread().ident, threading.get_ident() != t.ident)
print(t.native_id is not None)
