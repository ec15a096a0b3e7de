if y:
    pass
elif x = 1 + 2 | 3 and z:
    pass
