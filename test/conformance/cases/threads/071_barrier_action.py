import threading
actions = []
b = threading.Barrier(2, action=lambda: actions.append('action ran by ' + ('main' if threading.current_thread() is threading.main_thread() else 'worker')))
t = threading.Thread(target=b.wait)
t.start()
b.wait()
t.join()
print(len(actions), actions[0].startswith('action ran by'))
