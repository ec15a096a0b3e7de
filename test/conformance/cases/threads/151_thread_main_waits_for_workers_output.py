import threading, time
def w(i):
    time.sleep(0.05 * (3 - i))
    print('worker', i, 'done')
for i in range(3):
    threading.Thread(target=w, args=(i,)).start()
print('main finished starting threads')
