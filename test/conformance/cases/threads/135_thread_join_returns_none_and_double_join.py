import threading
t = threading.Thread(target=lambda: None)
t.start()
print(t.join(), t.join(), t.join(0))
