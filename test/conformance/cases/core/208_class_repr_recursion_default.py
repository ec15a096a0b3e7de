class Node:
    def __init__(self, v, nxt=None):
        self.v, self.nxt = v, nxt
    def __repr__(self):
        return f'Node({self.v}, {self.nxt!r})'
print(Node(1, Node(2, Node(3))))
class Default:
    pass
print(str(Default).replace('__main__.', ''), repr(type(Default())))
class Named:
    def __init__(self, n): self.n = n
    def __str__(self): return self.n
print([Named('a')][0], str([Named('a')]).startswith('[<__main__.Named object'))
