try:
    compile('await x', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('def f():\n    x = 1\n    global x\n', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('def f(a, a): pass', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
try:
    compile('def f(a=1, b): pass', '<s>', 'exec')
except SyntaxError as e:
    print('SyntaxError', e.msg)
