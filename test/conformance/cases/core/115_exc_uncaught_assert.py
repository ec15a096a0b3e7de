x = 3
assert x > 0, 'positive'
print('ok so far')
assert x > 5, f'x too small: {x}'
