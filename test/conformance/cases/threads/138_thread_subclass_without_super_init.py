import threading
class Bad(threading.Thread):
    def __init__(self):
        pass
    def run(self):
        print('never')
b = Bad()
try:
    b.start()
except RuntimeError as e:
    print('RuntimeError', e)
