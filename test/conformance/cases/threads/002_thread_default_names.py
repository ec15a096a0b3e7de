import threading
def worker():
    pass
def other():
    pass
ts = [threading.Thread(target=worker), threading.Thread(target=other), threading.Thread()]
print([t.name for t in ts])
class Sub(threading.Thread):
    def run(self):
        pass
s = Sub()
print(s.name)
named = threading.Thread(target=worker, name='custom')
print(named.name)
print(threading.Thread(target=worker).name)
print(threading.Thread(target=lambda: None).name)
