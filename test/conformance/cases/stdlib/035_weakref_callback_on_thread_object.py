import weakref, threading
gone = []
def work():
    pass
t = threading.Thread(target=work)
r = weakref.ref(t, lambda _: gone.append('thread object collected'))
t.start(); t.join()
del t
print(gone, r())
