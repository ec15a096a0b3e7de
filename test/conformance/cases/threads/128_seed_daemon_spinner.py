import threading, time, itertools
from threading import Thread
spins = []
def spinner(delay=0.05):
    for r in itertools.cycle(r"-\|/"):
        spins.append(r)
        time.sleep(delay)
def fib(n):
    if n < 0:
        raise ValueError('n cannot be negative')
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)
spinner_thread = Thread(target=spinner, args=(0.01,), daemon=True)
spinner_thread.start()
result = fib(20)
print("\rresult = ", result)
print('spinner is daemon and still alive:', spinner_thread.daemon, spinner_thread.is_alive())
