# Thread start + join cost: 2,000 short-lived threads, one at a time.
import threading
N = 2_000
out = []
def work(i):
    out.append(i)
for i in range(N):
    t = threading.Thread(target=work, args=(i,))
    t.start()
    t.join()
print(len(out), sum(out))
