class Thing:
    pass
t = Thing()
t.name = 'x'
print(t.name)
t.nmae
