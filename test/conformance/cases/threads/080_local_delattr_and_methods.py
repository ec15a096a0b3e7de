import threading
class Acc(threading.local):
    def add(self, n):
        self.total = getattr(self, 'total', 0) + n
        return self.total
a = Acc()
print(a.add(5), a.add(5))
res = []
t = threading.Thread(target=lambda: res.append(a.add(1)))
t.start(); t.join()
print(res, a.total)
del a.total
print(hasattr(a, 'total'))
try:
    del a.total
except AttributeError as e:
    print('AttributeError', e)
