import threading
turn = threading.Condition()
current = [0]
def w(i):
    for r in range(2):
        with turn:
            turn.wait_for(lambda: current[0] % 3 == i)
            print(f'round {r} thread {i}')
            current[0] += 1
            turn.notify_all()
ts = [threading.Thread(target=w, args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
