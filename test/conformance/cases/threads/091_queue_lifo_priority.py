import queue
l = queue.LifoQueue()
for i in 'abc':
    l.put(i)
print([l.get() for _ in range(3)])
p = queue.PriorityQueue()
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'aa')]:
    p.put(item)
print([p.get() for _ in range(4)])
p.put(5); p.put(-1); p.put(3)
print(p.get(), p.get(), p.get())
