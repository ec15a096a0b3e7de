print(__debug__)
def check(v):
    assert isinstance(v, int), f'expected int, got {type(v).__name__}'
    return v
print(check(5))
try:
    check('5')
except AssertionError as e:
    print('AssertionError', e)
