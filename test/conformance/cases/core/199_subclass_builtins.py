class MyList(list):
    def total(self):
        return sum(self)
ml = MyList([1, 2, 3])
ml.append(4)
print(ml, ml.total(), type(ml).__name__, type(ml + [5]).__name__, len(ml), isinstance(ml, list))
class DefaultDict(dict):
    def __missing__(self, key):
        self[key] = v = key * 2
        return v
d = DefaultDict(a='x')
print(d['a'], d['b'], d, d.get('c'), 'c' in d)
class Str(str):
    def shout(self):
        return self.upper() + '!'
s = Str('hey')
print(s.shout(), s + 'x', type(s + 'x').__name__, s == 'hey', hash(s) == hash('hey'))
class Int(int):
    def __repr__(self):
        return f'Int({int(self)})'
i = Int(5)
print(repr(i), i + 1, type(i + 1).__name__, repr(Int(7)), f'{i}', str(i))
