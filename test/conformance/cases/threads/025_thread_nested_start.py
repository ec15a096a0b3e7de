import threading
order = []
def child(n):
    order.append(('child', n))
def parent():
    ts = [threading.Thread(target=child, args=(i,)) for i in range(3)]
    for t in ts: t.start()
    for t in ts: t.join()
    order.append('parent done')
p = threading.Thread(target=parent)
p.start(); p.join()
print(sorted(o for o in order if o != 'parent done'), order[-1])
