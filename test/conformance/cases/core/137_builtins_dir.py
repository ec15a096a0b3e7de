class P:
    a = 1
    def m(self): pass
p = P()
p.b = 2
print([n for n in dir(p) if not n.startswith('__')])
print([n for n in dir(P) if not n.startswith('__')])
print('append' in dir([]), 'upper' in dir(''), '__add__' in dir(1))
import math
print([n for n in dir(math) if n in ('pi', 'sqrt', 'floor')])
class Custom:
    def __dir__(self):
        return ['z', 'a', 'm']
print(dir(Custom()))
