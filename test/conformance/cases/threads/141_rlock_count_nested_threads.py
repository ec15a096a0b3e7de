import threading
r = threading.RLock()
order = []
def outer(name):
    with r:
        order.append(name + ' outer')
        with r:
            order.append(name + ' inner')
ts = [threading.Thread(target=outer, args=(n,)) for n in 'AB']
for t in ts:
    t.start(); t.join()
print(order)
