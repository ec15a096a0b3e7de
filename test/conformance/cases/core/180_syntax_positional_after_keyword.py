print(sep='', 'x')
