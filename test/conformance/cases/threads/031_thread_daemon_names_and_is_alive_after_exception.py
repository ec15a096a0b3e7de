import threading
def bad():
    raise RuntimeError('fail')
t = threading.Thread(target=bad, name='will-fail')
t.start(); t.join()
print(t.is_alive(), t.name)
