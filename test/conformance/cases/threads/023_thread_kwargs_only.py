import threading
def f(*, a, b=2):
    print('a', a, 'b', b)
t = threading.Thread(target=f, kwargs={'a': 1})
t.start(); t.join()
t2 = threading.Thread(target=f, kwargs=dict(a=3, b=4))
t2.start(); t2.join()
