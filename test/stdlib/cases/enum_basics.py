# enum: Enum/IntEnum/StrEnum/Flag/IntFlag, auto, unique, lookups, aliases, errors, methods
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, EnumMeta, EnumType


def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__ + ':', e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1          # alias

    def describe(self):
        return f'{self.name} is {self.value}'

    @property
    def lower(self):
        return self.name.lower()

    @classmethod
    def first(cls):
        return next(iter(cls))


print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value)
print(list(Color), len(Color), list(reversed(Color)))
print(Color(2), Color['BLUE'], Color.CRIMSON, Color.CRIMSON is Color.RED, Color(Color.RED))
print(dict(Color.__members__))
print(list(Color.__members__), Color._member_names_)
show(Color, 7)
show(Color, 'RED')
show(lambda: Color['PURPLE'])
print(Color.RED.describe(), Color.GREEN.lower, Color.first())
print(Color.RED == Color.RED, Color.RED == 1, Color.RED != Color.GREEN, Color.RED in Color)
print(hash(Color.RED) == hash('RED'), {Color.RED: 'r'}[Color.CRIMSON])
print(isinstance(Color.RED, Color), type(Color.RED), type(Color), repr(Color), Color.__name__)
print(f'{Color.RED}', format(Color.GREEN), '{:>12}|'.format(Color.RED), str(Color.BLUE))
show(lambda: Color.RED < Color.GREEN)
try:
    Color.RED = 5
except AttributeError as e:
    print('AttributeError:', e)
try:
    del Color.RED
except AttributeError as e:
    print('AttributeError:', e)
print(type(Color) is EnumMeta, EnumMeta is EnumType, bool(Color))
print([m.name for m in Color], [(n, m.value) for n, m in Color.__members__.items()])


class Shape(Enum):
    SQUARE = auto()
    CIRCLE = auto()
    TRIANGLE = 10
    LINE = auto()

print(list(Shape), Shape.LINE.value)


class Level(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

print(Level.LOW, repr(Level.MID), str(Level.HIGH), f'{Level.MID}', Level.MID + 1, Level.LOW < Level.HIGH)
print(Level.LOW == 1, Level(5), sorted([Level.HIGH, Level.LOW]), int(Level.HIGH), isinstance(Level.LOW, int))
print(format(Level.HIGH, '04d'), Level.MID * 2, hash(Level.LOW) == hash(1), [x for x in range(12) if x in (Level.LOW, Level.HIGH)])
show(Level, 2)


class Mode(StrEnum):
    READ = auto()
    WRITE = 'w'

print(Mode.READ, repr(Mode.READ), Mode.WRITE == 'w', Mode('w'), Mode.READ.upper(), f'[{Mode.READ}]')


class Perm(Flag):
    R = 4
    W = 2
    X = 1

rw = Perm.R | Perm.W
print(rw, repr(rw), list(rw), len(rw), Perm.R in rw, Perm.X in rw, bool(Perm(0)), repr(Perm(0)))
print(repr(~Perm.R), repr(rw & Perm.W), repr(rw ^ Perm.R), Perm(7), Perm(6) is rw)
show(Perm, 8)


class Opt(Flag):
    A = auto()
    B = auto()
    C = auto()
    AB = A | B

print(list(Opt), [o.value for o in Opt], repr(Opt.AB), repr(Opt.A | Opt.B), Opt.AB.name)


class Bits(IntFlag):
    X = 1
    Y = 2
    Z = 4

print(Bits.X | Bits.Y, repr(Bits.X | Bits.Y), repr(Bits.X | 8), Bits.Y == 2, Bits.Z + 1, repr(~Bits.X), Bits(0))
print(isinstance(Bits.X | Bits.Z, Bits), list(Bits.X | Bits.Z), repr(Bits(16)))


try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print('ValueError:', e)


@unique
class Ok(Enum):
    A = 1
    B = 2

print(list(Ok))

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print('TypeError:', e)

try:
    class More(Color):
        PINK = 4
except TypeError as e:
    print('TypeError:', e)

try:
    class Reserved(Enum):
        _foo_ = 1
except ValueError as e:
    print('ValueError:', e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2), Planet((3.303e+23, 2.4397e6)))


class Status(Enum):
    ACTIVE = 'active'
    INACTIVE = 'inactive'

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.value == value.lower():
                    return m
        return None

print(Status('ACTIVE'), Status('Inactive'))
show(Status, 'gone')


class Coord(bytes, Enum):
    pass


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name

class Greeting(Base):
    HI = 1

print(Greeting.HI.hello(), list(Greeting))


class Ordered(Enum):
    def __lt__(self, other):
        return self.value < other.value
    ONE = 1
    TWO = 2

print(Ordered.ONE < Ordered.TWO, sorted([Ordered.TWO, Ordered.ONE]))


class WithNew(Enum):
    def __new__(cls, code, label):
        obj = object.__new__(cls)
        obj._value_ = code
        obj.label = label
        return obj
    OK = (200, 'fine')
    MISSING = (404, 'not found')

print(WithNew(404), WithNew.OK.label, WithNew.OK.value)

Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, repr(Animal), Animal.__module__)
Fruit = Enum('Fruit', [('APPLE', 5), ('PEAR', 7)])
print(list(Fruit), Fruit(7))
Sizes = IntEnum('Sizes', ['S', 'M'])
print(Sizes.M, Sizes.M + 0, repr(Sizes.S))


class Weekday(Enum):
    MON = 1
    TUE = 2
    _ignore_ = ['tmp']
    tmp = 5

print(list(Weekday), hasattr(Weekday, 'tmp'))

show(lambda: 3 == Color.RED)
print(Color.RED.__class__.__name__, Color.GREEN._name_, Color.GREEN._value_)
print(sorted(Color, key=lambda c: c.value))
