import threading, time
def slow():
    time.sleep(0.1)
    print('non-daemon thread finished')
threading.Thread(target=slow).start()
print('main body done')
