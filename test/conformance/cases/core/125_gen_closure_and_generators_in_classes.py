class Tree:
    def __init__(self, v, *kids):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, Tree(2, Tree(3)), Tree(4))
print(list(t), sum(t), max(t))
def counter_gen():
    count = 0
    def bump():
        nonlocal count
        count += 1
    for i in range(3):
        bump()
        yield count
print(list(counter_gen()))
