print('a', 'b', 'c')
print('a', 'b', sep='')
print('a', 'b', sep=', ', end='!\n')
print()
print('no newline', end='')
print(' continued')
print(*range(5), sep=' | ')
print(None, True, 1.0, [None])
import sys
print('to stdout', file=sys.stdout)
print('to stderr', file=sys.stderr)
print('flush', flush=True)
print('x', sep=None, end=None)
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError', e)
class W:
    def __init__(self): self.parts = []
    def write(self, s): self.parts.append(s)
w = W()
print('captured', 42, file=w)
print(w.parts)
