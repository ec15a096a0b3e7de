# Small value/protocol fixes: call-error texts, slice attributes, float.hex, int modulo by zero.
def g(**kw):
    return kw

for call in (lambda: g(**{'x': 1}, **{'x': 2}), lambda: g(x=1, **{'x': 2}), lambda: g(**{1: 2}),
             lambda: print(**{'sep': 1}, **{'sep': 2})):
    try:
        call()
    except TypeError as e:
        print('TypeError', e)

class A:
    def m(self, **kw):
        pass

try:
    A().m(**{'x': 1}, **{'x': 2})
except TypeError as e:
    print('TypeError', e)

s = slice(1, 10, 2)
print(s.start, s.stop, s.step, slice(5).start, slice(5).stop)
print((2.5).hex(), (0.1).hex(), (1.0).hex(), (-0.0).hex(), (5e-324).hex(), (1e300).hex(), float('-inf').hex())
for expr in ['1 % 0', '1 // 0', 'divmod(1, 0)', '(2**100) % 0', '(5).__mod__(0)']:
    try:
        eval(expr)
    except ZeroDivisionError as e:
        print(expr, '->', e)
