import _thread, threading
done = threading.Event()
out = []
def f(a, b, c=0):
    out.append((a, b, c, _thread.get_ident() != main_ident))
    done.set()
main_ident = _thread.get_ident()
tid = _thread.start_new_thread(f, (1, 2), {'c': 3})
done.wait()
print(out, isinstance(tid, int))
