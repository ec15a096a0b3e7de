import threading
def f():
    print('run in', threading.current_thread().name)
t = threading.Thread(target=f, name='never-started')
t.run()
print(t.is_alive())
