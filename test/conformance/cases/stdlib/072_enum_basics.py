from enum import Enum, IntEnum, Flag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color(2), Color['BLUE'], list(Color))
print(Color.RED is Color(1), Color.RED == 1, isinstance(Color.RED, Color), len(Color), Color.GREEN in Color)
try:
    Color(9)
except ValueError as e:
    print('ValueError', e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE + 1, Num.TWO == 2, sorted([Num.TWO, Num.ONE]), int(Num.TWO), f'{Num.ONE}', str(Num.ONE))
class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
rw = Perm.R | Perm.W
print(rw, Perm.R in rw, Perm.X in rw, Perm.R.value, Perm.X.value, bool(Perm(0)))
class Auto(Enum):
    A = auto()
    B = auto()
print(Auto.A.value, Auto.B.value, {c.name: c.value for c in Auto})
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
except ValueError as e:
    print('ValueError', e)
class Alias(Enum):
    A = 1
    B = 1
print(Alias.B is Alias.A, list(Alias), Alias.__members__.keys())
