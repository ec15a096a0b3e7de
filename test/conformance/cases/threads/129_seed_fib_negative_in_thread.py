import threading
def fib(n):
    if n < 0:
        raise ValueError('n cannot be negative')
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)
def wrap(n):
    print('result =', fib(n))
t = threading.Thread(target=wrap, args=(-1,))
t.start(); t.join()
t2 = threading.Thread(target=wrap, args=(15,))
t2.start(); t2.join()
