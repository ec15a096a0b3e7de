import threading
def f(*args):
    print('args', args)
threading.Thread(target=f, args=[1, 2]).start()
import time
time.sleep(0.05)
t = threading.Thread(target=f, args=('x',))
t.start(); t.join()
