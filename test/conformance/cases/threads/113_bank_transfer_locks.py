import threading
class Account:
    def __init__(self, bal):
        self.bal = bal
        self.lock = threading.Lock()
def transfer(a, b, amt):
    first, second = sorted([a, b], key=id)
    with first.lock:
        with second.lock:
            a.bal -= amt
            b.bal += amt
x, y = Account(1000), Account(1000)
def mover(src, dst):
    for _ in range(500):
        transfer(src, dst, 1)
ts = [threading.Thread(target=mover, args=(x, y)), threading.Thread(target=mover, args=(y, x)), threading.Thread(target=mover, args=(x, y))]
for t in ts: t.start()
for t in ts: t.join()
print(x.bal, y.bal, x.bal + y.bal)
