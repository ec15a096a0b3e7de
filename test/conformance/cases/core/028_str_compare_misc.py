print('abc' < 'abd', 'Z' < 'a', 'abc' < 'ab', 'a' * 3 == 'aaa', 'b' > 'abc')
print(min('hello'), max('hello'), sorted('banana'), 'x'.join('abc'))
print(str(), str(42), str('x'), type('').__name__, 'abc'.__len__())
print(list(reversed('abc')), list(enumerate('ab')))
print('%d items' % 3, 'Hello {}'.format('there'), 'a'.__add__('b'))
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
try:
    'abc'[0] = 'x'
except TypeError as e:
    print('TypeError', e)
