def level3():
    return [1, 2][3]
def level2():
    return level3()
def level1():
    return level2()
print('calling')
level1()
