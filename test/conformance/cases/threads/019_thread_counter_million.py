import threading
c = 0
def work():
    global c
    for _ in range(1000000):
        c += 1
ts = [threading.Thread(target=work) for _ in range(2)]
for t in ts: t.start()
for t in ts: t.join()
print(c)
