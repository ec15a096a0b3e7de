import threading
names = ['Thread', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore', 'Event', 'Timer', 'Barrier', 'BrokenBarrierError', 'local', 'current_thread', 'main_thread', 'enumerate', 'active_count', 'get_ident', 'excepthook', 'settrace', 'setprofile', 'stack_size', 'TIMEOUT_MAX', 'ExceptHookArgs', 'get_native_id']
print([n for n in names if not hasattr(threading, n)])
print(callable(threading.Lock), threading.Thread.__module__)
