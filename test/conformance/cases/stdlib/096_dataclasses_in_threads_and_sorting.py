from dataclasses import dataclass, field
import threading
@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
tasks = []
lock = threading.Lock()
def add(p, n):
    with lock:
        tasks.append(Task(p, n))
ts = [threading.Thread(target=add, args=(p, n)) for p, n in [(3, 'c'), (1, 'a'), (2, 'b')]]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(tasks))
