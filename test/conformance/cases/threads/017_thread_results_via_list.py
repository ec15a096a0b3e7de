import threading
def square_into(out, i):
    out[i] = i * i
out = [None] * 8
ts = [threading.Thread(target=square_into, args=(out, i)) for i in range(8)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
