class Node:
    def __init__(self):
        self.child = self
    def __repr__(self):
        return f'Node({self.child!r})'
try:
    repr(Node())
except RecursionError as e:
    print('RecursionError', e)
l = []
l.append(l)
d = {}
d['d'] = d
print(l, d)
