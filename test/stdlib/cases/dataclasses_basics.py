# dataclasses: generated methods, field() options, errors, helpers
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, is_dataclass,
                         MISSING, FrozenInstanceError, InitVar, KW_ONLY, Field, make_dataclass)


def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, repr(p), p == Point(1, 2), p != Point(1, 3), p == (1, 2))
print(Point(5), Point(y=3, x=4), Point.__doc__)
print(Point.__match_args__, Point.__hash__, Point.__eq__(p, 5))
show(Point)
show(Point, 1, 2, 3)
show(Point, 1, z=3)
show(Point, 1, x=3)
show(lambda: Point.__init__(p))


@dataclass()
class Three:
    a: int
    b: str
    c: float

show(Three)
show(Three, 1)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tag: str = field(default='', compare=False)

v1, v2 = Version(1, 2), Version(1, 10, 'rc')
print(v1 < v2, v1 <= v2, v1 > v2, sorted([v2, v1]), hash(v1) == hash((1, 2)))
print(Version(1, 2, 'a') == Version(1, 2, 'b'))
try:
    v1.major = 3
except FrozenInstanceError as e:
    print('FrozenInstanceError', e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print('FrozenInstanceError', e)
try:
    v1.other = 3
except AttributeError as e:
    print(type(e).__name__, e)
show(lambda: v1 < 3)


@dataclass
class Inventory:
    items: list = field(default_factory=list)
    tags: dict = field(default_factory=dict, repr=False)
    count: int = field(default=0, init=False)
    secret: str = field(default='s', repr=False)

a, b = Inventory(), Inventory()
a.items.append(1)
print(a, b, a.items is b.items, a.count)
print(Inventory([3], {'k': 1}, 's2'))

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class Bad2:
        x: int = 1
        y: int
except TypeError as e:
    print('TypeError:', e)

try:
    field(default=1, default_factory=list)
except ValueError as e:
    print('ValueError:', e)

try:
    @dataclass
    class Bad3:
        x = field(default=1)
except TypeError as e:
    print('TypeError:', e)

try:
    @dataclass(order=True, eq=False)
    class Bad4:
        x: int
except ValueError as e:
    print('ValueError:', e)


@dataclass
class Base:
    x: int
    y: int = 1

@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10

print(Derived(), Derived(1, 2, 3), [f.name for f in fields(Derived)])


@dataclass
class WithPost:
    a: int
    b: int = field(init=False)
    scale: InitVar[int] = 2

    def __post_init__(self, scale):
        self.b = self.a * scale

w = WithPost(3)
print(w, WithPost(3, 10), [f.name for f in fields(w)], hasattr(w, 'scale'))
print(repr(InitVar[int]))


@dataclass(kw_only=True)
class KW:
    a: int
    b: int = 2

print(KW(a=1), KW(b=3, a=4))
show(KW, 1)
show(KW)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 3

print(Mixed(1, b=2), Mixed.__match_args__)
show(Mixed, 1, 2)


@dataclass
class Inner:
    v: int

@dataclass
class Outer:
    name: str
    inner: Inner
    lst: list
    d: dict

o = Outer('o', Inner(1), [Inner(2), 3], {'k': Inner(4)})
print(asdict(o))
print(astuple(o))
print(replace(o, name='p'))
show(replace, o, nope=1)
show(asdict, 1)
print(is_dataclass(o), is_dataclass(Outer), is_dataclass(1), is_dataclass(int))
print(MISSING is fields(Point)[0].default, fields(Point)[1].default, type(fields(Point)[0]) is Field)
f0 = fields(Point)[0]
print(f0.name, f0.type, f0.init, f0.repr, f0.hash, f0.compare, repr(f0.metadata), f0.kw_only)
show(fields, 3)


@dataclass(unsafe_hash=True)
class H:
    x: int
    y: list = field(default_factory=list, hash=False)

print(hash(H(1)) == hash((1,)), H(1) == H(1), H(1) == H(2))


@dataclass
class NoEq:
    x: int
    def __eq__(self, other):
        return True

print(NoEq(1) == NoEq(2), NoEq.__hash__)


@dataclass(eq=False)
class Ident:
    x: int

i = Ident(1)
print(i == Ident(1), i == i, hash(i) == id(i) >> 4 or True)


@dataclass(repr=False)
class NoRepr:
    x: int

print(repr(NoRepr(1)).startswith('<__main__.NoRepr object at'))


@dataclass
class Node:
    val: int
    nxt: 'Node' = None

n = Node(1)
n.nxt = n
print(n)


@dataclass
class UserInit:
    x: int
    def __init__(self, v):
        self.x = v * 2

print(UserInit(4))

meta = field(default=1, metadata={'unit': 'm'})
@dataclass
class M:
    d: int = meta
print(fields(M)[0].metadata['unit'], M().d, M.d)

C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))])
print(C(1, 2), C(1, 2, 3).c)


@dataclass(slots=True)
class Slotted:
    x: int
    y: int = 5

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.z = 1
except AttributeError as e:
    print('AttributeError')


@dataclass(frozen=True)
class FBase:
    x: int

try:
    @dataclass
    class FChild(FBase):
        y: int
except TypeError as e:
    print('TypeError:', e)


class Plain:
    pass

@dataclass
class Sub(Plain):
    q: int = 0

print(Sub(), Sub.__qualname__)


def make():
    @dataclass
    class Local:
        a: int
    return Local(1)

print(make())
