from dataclasses import dataclass, field, asdict, astuple, fields, replace
@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list)
i = Item('pen', 1.5)
print(i, i == Item('pen', 1.5), asdict(i), astuple(i), [f.name for f in fields(i)])
print(replace(i, price=2.0), Item('a') != Item('b'))
@dataclass(frozen=True, order=True)
class Ver:
    major: int
    minor: int = 0
v = Ver(1, 2)
print(v < Ver(1, 3), sorted([Ver(2), Ver(1, 5)]), hash(v) == hash(Ver(1, 2)))
try:
    v.major = 3
except Exception as e:
    print(type(e).__name__, e)
try:
    Item()
except TypeError as e:
    print('TypeError', e)
@dataclass
class Derived(Item):
    qty: int = 1
print(Derived('x', 1.0, [], 3))
@dataclass
class Post:
    a: int
    b: int = field(init=False)
    def __post_init__(self):
        self.b = self.a * 2
print(Post(4))
