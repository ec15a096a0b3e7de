class Money:
    def __init__(self, v):
        self.v = v
    def __format__(self, spec):
        if spec == 'usd':
            return '$%.2f' % self.v
        return format(self.v, spec)
m = Money(3.5)
print(f'{m:usd} {m:.1f} {m}', format(m, 'usd'), '{:usd}'.format(m))
class Plain:
    pass
try:
    format(Plain(), 'x')
except TypeError as e:
    print('TypeError', e)
print(format(Plain(), '') .startswith('<__main__.Plain object'))
