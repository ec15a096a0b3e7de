code = '''
def greet(name):
    return f"hello {name}"
result = greet("exec")
counter = [i * i for i in range(4)]
'''
ns = {}
exec(code, ns)
print(ns['result'], ns['counter'], ns['greet']('again'))
print(eval('[x * 2 for x in data]', {'data': [1, 2]}))
print(eval('len(s)', {'s': 'abc'}), eval('abs(-3)'))
env = {'__builtins__': {}}
try:
    eval('len([1])', env)
except NameError as e:
    print('NameError', e)
