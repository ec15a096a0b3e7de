import threading, _thread
names = []
done = threading.Event()
def raw():
    names.append(threading.current_thread().name.startswith('Dummy-'))
    done.set()
_thread.start_new_thread(raw, ())
done.wait()
print(names)
