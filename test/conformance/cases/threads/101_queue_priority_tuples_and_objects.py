import queue
from dataclasses import dataclass, field
@dataclass(order=True)
class Job:
    priority: int
    name: str = field(compare=False)
pq = queue.PriorityQueue()
for j in [Job(5, 'low'), Job(1, 'urgent'), Job(3, 'mid')]:
    pq.put(j)
print([pq.get().name for _ in range(3)])
pq.put((1, 'b')); pq.put((1, 'a'))
print(pq.get(), pq.get())
