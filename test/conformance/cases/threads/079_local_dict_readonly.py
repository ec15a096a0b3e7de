import threading
loc = threading.local()
loc.a = 1
print(loc.__dict__)
try:
    loc.__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
def w():
    print('thread sees', loc.__dict__)
t = threading.Thread(target=w); t.start(); t.join()
try:
    del loc.__dict__
except AttributeError as e:
    print('AttributeError', e)
