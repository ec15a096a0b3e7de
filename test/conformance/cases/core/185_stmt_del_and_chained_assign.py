a = b = c = [1]
b.append(2)
print(a, c, a is c)
x, y = y, x = 1, 2
print(x, y)
d = {'k': 1, 'j': 2}
del d['k']
lst = [1, 2, 3]
del lst[0], lst[-1]
print(d, lst)
z = 5
del z
try:
    z
except NameError as e:
    print('NameError', e)
class O: pass
o = O(); o.attr = 1; del o.attr
print(hasattr(o, 'attr'))
i = j = 0
i += 1
print(i, j)
