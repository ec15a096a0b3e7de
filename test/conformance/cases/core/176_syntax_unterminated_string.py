print('never')
s = 'abc
