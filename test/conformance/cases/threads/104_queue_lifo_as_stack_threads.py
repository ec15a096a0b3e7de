import queue, threading
st = queue.LifoQueue()
ts = [threading.Thread(target=st.put, args=(i,)) for i in range(5)]
for t in ts:
    t.start(); t.join()
print([st.get() for _ in range(5)])
