import threading
def worker():
    try:
        threading.current_thread().join()
    except RuntimeError as e:
        print('RuntimeError', e)
t = threading.Thread(target=worker)
t.start(); t.join()
try:
    threading.main_thread().join()
except RuntimeError as e:
    print('main:', 'RuntimeError', e)
