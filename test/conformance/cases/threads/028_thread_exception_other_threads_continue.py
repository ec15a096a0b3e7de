import threading
results = []
def bad():
    1 / 0
def good():
    results.append('good ran')
b = threading.Thread(target=bad, name='bad-one')
b.start(); b.join()
g = threading.Thread(target=good)
g.start(); g.join()
print(results)
