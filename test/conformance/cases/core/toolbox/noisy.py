print('noisy: module body runs once')
counter = 0
def bump():
    global counter
    counter += 1
    return counter
