print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
ns = {}
exec('def f(a):\n    return a * 3\nz = f(4)', ns)
print(ns['z'], ns['f'](2), '__builtins__' in ns)
g = {'v': 1}
exec('v += 10', g)
print(g['v'])
exec('print("printed from exec")')
code = compile('q * q', '<string>', 'eval')
print(eval(code, {'q': 9}))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg)
x = 5
def f():
    return eval('x + 1')
print(f())
loc = {}
exec('a = 1\nb = a + 1', None, loc)
print(loc)
