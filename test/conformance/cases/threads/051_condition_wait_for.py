import threading
cond = threading.Condition()
state = {'n': 0}
def incr():
    for _ in range(5):
        with cond:
            state['n'] += 1
            cond.notify_all()
t = threading.Thread(target=incr)
with cond:
    t.start()
    result = cond.wait_for(lambda: state['n'] >= 5)
print(result, state['n'])
t.join()
