def f(a, b=2):
    c = a + b
    return sorted(locals().items())
print(f(1))
G = 'global value'
print(globals()['G'], 'f' in globals(), globals() is globals())
def g():
    globals()['made_here'] = 'yes'
g()
print(made_here)
