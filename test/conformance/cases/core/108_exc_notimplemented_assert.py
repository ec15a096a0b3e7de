try:
    assert 1 + 1 == 3, 'math is broken'
except AssertionError as e:
    print('AssertionError', e, e.args)
try:
    assert False
except AssertionError as e:
    print('AssertionError', repr(e))
try:
    raise NotImplementedError('later')
except NotImplementedError as e:
    print(repr(e))
print(NotImplemented, repr(NotImplemented), bool is type(True), Ellipsis, ...)
