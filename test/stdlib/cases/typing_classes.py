from typing import *
import typing
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
class HasX(Protocol):
    x: int
    def meth(self) -> int: ...
class F:
    def close(self): pass
class G:
    pass
print(isinstance(F(), Closer), isinstance(G(), Closer), issubclass(F, Closer), issubclass(G, Closer))
try:
    isinstance(F(), HasX)
except TypeError as e:
    print(e)
try:
    Closer()
except TypeError as e:
    print(e)
class Impl(Closer):
    pass
print(isinstance(Impl(), Closer), Closer._is_protocol, Impl._is_protocol)
try:
    runtime_checkable(F)
except TypeError as e:
    print(e)
@runtime_checkable
class SizedP(Protocol):
    n: int
    def size(self) -> int: ...
class S:
    n = 3
    def size(self): return 1
print(isinstance(S(), SizedP))
try:
    issubclass(S, SizedP)
except TypeError as e:
    print(e)

class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'
    def norm(self):
        return self.x + self.y
p = Point(1, 2)
print(p, p.norm(), p._fields, Point._field_defaults, Point.__annotations__, p._replace(x=5), Point(3))
print(isinstance(p, tuple), Point.__name__, type(p).__mro__)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print(e)
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
print(Emp('a', 1), Emp.__annotations__)

class Movie(TypedDict):
    name: str
    year: int
class Partial(TypedDict, total=False):
    rating: float
m = Movie(name='Blade', year=1982)
print(m, type(m), Movie.__annotations__, sorted(Movie.__required_keys__), Movie.__total__, Partial.__total__, sorted(Partial.__optional_keys__))
class Ext(Movie):
    extra: bool
print(sorted(Ext.__required_keys__), Ext.__annotations__)
try:
    isinstance(m, Movie)
except TypeError as e:
    print(e)
M2 = TypedDict('M2', {'a': int, 'b': str})
print(M2(a=1, b='x'), M2.__annotations__)

class A:
    x: int
    y: 'List[int]'
    z: Optional['A'] = None
class B(A):
    w: ClassVar[int] = 3
def g(a: int, b: 'str' = 'x', c: None = None) -> 'A': pass
print(get_type_hints(B))
print(get_type_hints(g))
print(get_type_hints(A)['z'])
UserId = NewType('UserId', int)
print(UserId(5), UserId, UserId.__supertype__)
print(Optional[int].__args__, typing.Union[int, str].__args__)
import dataclasses
@dataclasses.dataclass
class D:
    a: int
    b: ClassVar[int] = 5
    c: typing.ClassVar = 6
print(D(1), [f.name for f in dataclasses.fields(D)])
@final
class Fin: pass
print(Fin.__final__)
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], hash(List[int]) == hash(List[int]))
print(AnyStr, AnyStr.__constraints__, Text)
