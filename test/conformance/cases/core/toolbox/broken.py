print('broken: starting')
value = 1 / 0
