import threading
results = []
def worker(a, b, scale=1):
    results.append((a + b) * scale)
t = threading.Thread(target=worker, args=(1, 2), kwargs={'scale': 10})
t.start()
t.join()
print(results)
