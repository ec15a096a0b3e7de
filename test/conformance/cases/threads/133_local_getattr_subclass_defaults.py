import threading
class Config(threading.local):
    debug = False
    def __init__(self):
        self.level = 1
c = Config()
c.debug = True
c.level = 9
res = []
def w():
    res.append((c.debug, c.level))
t = threading.Thread(target=w); t.start(); t.join()
print(res, c.debug, c.level)
