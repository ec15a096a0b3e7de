import threading
t = threading.Thread(target=print)
try:
    t.join()
except RuntimeError as e:
    print('RuntimeError', e)
