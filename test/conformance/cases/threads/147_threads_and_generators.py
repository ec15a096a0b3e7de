import threading
def gen(n):
    for i in range(n):
        yield i * i
results = {}
def consume(name, n):
    results[name] = list(gen(n))
ts = [threading.Thread(target=consume, args=(f't{n}', n)) for n in range(1, 5)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(results.items()))
