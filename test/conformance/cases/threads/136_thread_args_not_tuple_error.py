import threading
t = threading.Thread(target=print, args='ab')
t.start(); t.join()
try:
    threading.Thread(target=print, bogus=1)
except TypeError as e:
    print('TypeError', e)
