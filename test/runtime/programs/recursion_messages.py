# RecursionError texts: CPython names the C-level guard that overflowed (which guard overflows depends on
# CPython's exact C call structure; pyts names the guard of the native that made the failing call).
class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f'Node({self.child!r})'

try:
    repr(Node())
except RecursionError as e:
    print('RecursionError', e)

def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print('RecursionError', e)
l = []
l.append(l)
print(l)
