def averager():
    total, count, avg = 0.0, 0, None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print(a.send(v))
def grep(pattern):
    print('looking for', pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                print('match:', line)
    except GeneratorExit:
        print('grep closed')
g = grep('py')
next(g)
for l in ['pyts', 'js', 'python']:
    g.send(l)
g.close()
