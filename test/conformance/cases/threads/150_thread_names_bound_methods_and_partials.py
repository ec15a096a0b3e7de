import threading, functools
class Svc:
    def serve(self):
        pass
def job(x):
    pass
print(threading.Thread(target=Svc().serve).name)
print(threading.Thread(target=functools.partial(job, 1)).name)
print(threading.Thread(target=print).name)
class CallableObj:
    def __call__(self):
        pass
print(threading.Thread(target=CallableObj()).name)
