import _thread, threading
done = threading.Event()
out = []
def w():
    try:
        out.append('before exit')
        _thread.exit()
        out.append('never')
    finally:
        out.append('finally runs')
        done.set()
_thread.start_new_thread(w, ())
done.wait()
import time
time.sleep(0.02)
print(out)
