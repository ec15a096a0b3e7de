import threading
loc = threading.local()
try:
    loc.x
except AttributeError as e:
    print('AttributeError', e)
def w():
    loc.y = 1
t = threading.Thread(target=w); t.start(); t.join()
try:
    loc.y
except AttributeError as e:
    print('AttributeError', e)
print(type(loc).__name__, type(loc).__module__)
