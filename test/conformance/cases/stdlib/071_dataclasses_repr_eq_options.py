from dataclasses import dataclass, field
@dataclass(repr=False, eq=False)
class Opaque:
    x: int
o = Opaque(1)
print(repr(o).startswith('<__main__.Opaque object'), o == Opaque(1))
@dataclass
class Hidden:
    visible: int
    secret: str = field(default='s', repr=False, compare=False)
print(Hidden(1), Hidden(1, 'a') == Hidden(1, 'b'))
try:
    @dataclass
    class Bad:
        items: list = []
except ValueError as e:
    print('ValueError', e)
@dataclass(slots=True)
class Slotted:
    a: int
print(Slotted(1), hasattr(Slotted(1), '__dict__'))
