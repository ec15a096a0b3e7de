import threading
def w():
    print('thread ran')
t = threading.Thread(target=w)
t.start(); t.join()
raise RuntimeError('main failed after threads')
