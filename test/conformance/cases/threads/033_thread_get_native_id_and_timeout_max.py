import threading
print(threading.TIMEOUT_MAX > 1000, isinstance(threading.get_native_id(), int))
print(threading.get_ident() == threading.current_thread().ident)
