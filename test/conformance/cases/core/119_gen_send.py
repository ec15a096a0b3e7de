def acc():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
g = acc()
print(g.send(None), g.send(5), g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print('returned', e.value)
g2 = acc()
try:
    g2.send(1)
except TypeError as e:
    print('TypeError', e)
def echo():
    received = []
    while len(received) < 3:
        received.append((yield len(received)))
    return received
e = echo(); next(e); e.send('a'); e.send('b')
try:
    e.send('c')
except StopIteration as s:
    print(s.value)
