import threading, queue
q1, q2 = queue.Queue(), queue.Queue()
out = []
def stage1():
    for w in ['alpha', 'beta', 'gamma', 'delta']:
        q1.put(w)
    q1.put(None)
def stage2():
    while (w := q1.get()) is not None:
        q2.put(w.upper())
    q2.put(None)
def stage3():
    while (w := q2.get()) is not None:
        out.append(f'{w}:{len(w)}')
ts = [threading.Thread(target=f) for f in (stage1, stage2, stage3)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
