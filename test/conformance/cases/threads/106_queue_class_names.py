import queue
print(queue.Queue.__name__, queue.LifoQueue.__mro__[1].__name__, queue.PriorityQueue.__mro__[1].__name__)
print(queue.Empty.__name__, queue.Full.__name__)
q = queue.Queue(maxsize=4)
print(q.maxsize)
