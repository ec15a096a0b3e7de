import threading
c = threading.Condition()
with c:
    with c:
        print('re-entered default condition lock')
c2 = threading.Condition(threading.Lock())
print(c2.acquire(), c2.acquire(False))
c2.release()
print('ok')
