import threading
names = []
def worker():
    names.append(threading.current_thread().name)
    names.append(threading.current_thread() is threading.main_thread())
t = threading.Thread(target=worker, name='W1')
t.start(); t.join()
print(names)
print(threading.current_thread().name, threading.main_thread().name, threading.current_thread() is threading.main_thread())
print(threading.current_thread() is threading.current_thread())
