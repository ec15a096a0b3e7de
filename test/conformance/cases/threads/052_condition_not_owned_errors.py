import threading
c = threading.Condition()
for name, call in [('wait', lambda: c.wait(0)), ('notify', c.notify), ('notify_all', c.notify_all)]:
    try:
        call()
    except RuntimeError as e:
        print(name, 'RuntimeError', e)
