class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print('exit', self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM('a') as v:
    print('body', v)
with CM('b', suppress=True):
    raise ValueError('swallowed')
print('after b')
try:
    with CM('c'):
        raise KeyError('k')
except KeyError as e:
    print('propagated', e)
with CM('x') as x, CM('y') as y:
    print(x, y)
def early():
    with CM('ret'):
        return 'returned'
print(early())
for i in range(2):
    with CM(f'loop{i}'):
        if i == 0:
            continue
        break
