class R:
    def __init__(self, n): self.n = n
    def __enter__(self):
        print('open', self.n)
        if self.n == 'bad':
            raise RuntimeError('cannot open')
        return self
    def __exit__(self, *exc):
        print('close', self.n, exc[0].__name__ if exc[0] else None)
        return False
try:
    with R(1), R('bad'), R(3):
        print('body')
except RuntimeError as e:
    print('RuntimeError', e)
with (R('a') as a, R('b') as b):
    print('parenthesized', a.n, b.n)
class NoEnter:
    pass
try:
    with NoEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
