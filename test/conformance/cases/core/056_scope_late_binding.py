fs = [lambda: i for i in range(3)]
print([f() for f in fs])
fs = [lambda i=i: i for i in range(3)]
print([f() for f in fs])
def make():
    acts = []
    for k in range(3):
        def act():
            return k
        acts.append(act)
    return acts
print([a() for a in make()])
