import queue, threading
sq = queue.SimpleQueue()
sq.put(1); sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
try:
    sq.get(timeout=0.02)
except queue.Empty:
    print('Empty')
t = threading.Thread(target=lambda: sq.put('from thread'))
t.start()
print(sq.get())
t.join()
print(hasattr(sq, 'task_done'), hasattr(sq, 'maxsize'))
