import threading
t = threading.Thread(target=lambda: None)
t.name = 'renamed'
print(t.name)
t.start(); t.join()
threading.current_thread().name = 'Main2'
print(threading.current_thread().name)
