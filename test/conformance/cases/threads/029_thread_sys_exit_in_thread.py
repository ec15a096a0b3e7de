import threading, sys
def worker():
    print('worker before exit')
    sys.exit(3)
    print('never')
t = threading.Thread(target=worker)
t.start(); t.join()
print('main still running')
