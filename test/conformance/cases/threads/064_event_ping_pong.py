import threading
ping, pong = threading.Event(), threading.Event()
log = []
def player():
    for i in range(3):
        ping.wait(); ping.clear()
        log.append(f'pong {i}')
        pong.set()
t = threading.Thread(target=player)
t.start()
for i in range(3):
    log.append(f'ping {i}')
    ping.set()
    pong.wait(); pong.clear()
t.join()
print(log)
