line = 'key = value = more'
k, sep, v = line.partition(' = ')
print(repr(k), repr(sep), repr(v))
cfg = 'a=1;b=2;;c=3'
print({p.split('=')[0]: int(p.split('=')[1]) for p in cfg.split(';') if p})
csv = 'name,age\nann,30\nbob,25\n'
rows = [r.split(',') for r in csv.strip().split('\n')]
header, *body = rows
print([dict(zip(header, r)) for r in body])
path = '/usr/local/lib/python3.11/site.py'
print(path.rsplit('/', 1), path.split('/')[-1].split('.')[0], path.count('/'))
