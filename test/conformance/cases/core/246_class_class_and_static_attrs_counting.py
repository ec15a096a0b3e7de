class Config:
    defaults = {'debug': False}
    instances = []
    def __init__(self, **overrides):
        self.settings = {**self.defaults, **overrides}
        Config.instances.append(self)
    @classmethod
    def count(cls):
        return len(cls.instances)
a = Config(debug=True)
b = Config(level=3)
print(a.settings, b.settings, Config.count(), Config.defaults)
class Shared:
    items = []
    def add(self, x):
        self.items.append(x)
s1, s2 = Shared(), Shared()
s1.add(1); s2.add(2)
print(Shared.items, s1.items is s2.items)
