import threading
e = threading.Event()
print(e.wait(0.02), e.wait(timeout=0))
threading.Timer(0.02, e.set).start()
print(e.wait(5))
