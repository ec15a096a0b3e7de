import sys, threading, time, itertools, queue
q = queue.Queue()
frames = []
def fib(n):
    if n < 2:
        return 1
    return fib(n - 1) + fib(n - 2)
def spinner(delay=0.01):
    for r in itertools.cycle(r"-\|/"):
        frames.append(r)
        time.sleep(delay)
        try:
            q.get_nowait()
        except queue.Empty:
            continue
        else:
            sys.exit(0)
t = threading.Thread(target=spinner, args=(0.01,))
t.start()
result = fib(18)
time.sleep(0.05)
q.put(0)
t.join()
print("result = ", result)
print('spinner exited:', not t.is_alive(), 'first frame', frames[0])
