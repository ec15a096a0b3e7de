import threading, time
def w(name, delay):
    time.sleep(delay)
    print(name, 'woke after', delay)
ts = [threading.Thread(target=w, args=(n, d)) for n, d in [('slow', 0.3), ('fast', 0.05), ('medium', 0.15)]]
for t in ts: t.start()
for t in ts: t.join()
print('all joined')
