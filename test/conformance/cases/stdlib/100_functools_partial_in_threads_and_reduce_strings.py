import functools, threading
out = []
def work(prefix, n):
    out.append(f'{prefix}{n}')
ts = [threading.Thread(target=functools.partial(work, 'job-'), args=(i,)) for i in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out), [t.name.split(' ')[0].startswith('Thread-') for t in ts])
print(functools.reduce(lambda acc, s: acc + s.upper(), ['a', 'b', 'c'], ''))
