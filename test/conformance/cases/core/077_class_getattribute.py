class Logged:
    def __init__(self):
        self.a = 1
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        print('get', name)
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
o = Logged()
print(o.a)
print(o.secret)
print(o.missing)
print(object.__getattribute__(o, 'a'))
class Counter:
    def __getattribute__(self, name):
        d = object.__getattribute__(self, '__dict__')
        d['n'] = d.get('n', 0) + 1
        return object.__getattribute__(self, name)
c = Counter()
c.x = 1
c.x; c.x
print(object.__getattribute__(c, 'n'))
