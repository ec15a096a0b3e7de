import threading
N = 5
forks = [threading.Lock() for _ in range(N)]
meals = [0] * N
def phil(i):
    left, right = i, (i + 1) % N
    lo, hi = min(left, right), max(left, right)
    for _ in range(20):
        with forks[lo]:
            with forks[hi]:
                meals[i] += 1
ts = [threading.Thread(target=phil, args=(i,)) for i in range(N)]
for t in ts: t.start()
for t in ts: t.join()
print(meals)
