import queue
q = queue.Queue()
for i in range(3):
    q.put(i)
print(q.unfinished_tasks)
q.get(); q.task_done()
print(q.unfinished_tasks)
q.get(); q.get(); q.task_done(); q.task_done()
print(q.unfinished_tasks)
q.join()
print('join returns immediately when nothing unfinished')
