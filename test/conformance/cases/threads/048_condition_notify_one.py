import threading
cond = threading.Condition()
items = []
def consumer(i):
    with cond:
        while not items:
            cond.wait()
        got.append(items.pop(0))
got = []
ts = [threading.Thread(target=consumer, args=(i,)) for i in range(3)]
for t in ts: t.start()
for v in ['a', 'b', 'c']:
    with cond:
        items.append(v)
        cond.notify()
for t in ts: t.join()
print(sorted(got))
