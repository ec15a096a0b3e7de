import typing
from typing import *
T = TypeVar('T')
K = TypeVar('K', bound=int)
V_co = TypeVar('V_co', covariant=True)
for x in [Any, Optional[int], Union[int, str], Union[int, str, None], Union[int], List, List[int],
          Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int], str], Callable[..., int],
          Callable, ClassVar[int], Final[int], Literal[1, 'a'], Type[int], Iterable[T], T, V_co, NoReturn,
          Optional[List[int]], List[int] | None, Union, Optional, ClassVar, Generic, Protocol, Generic[T],
          Literal, Tuple, Type, Sequence[int], Mapping[str, int], Set[int], FrozenSet[str], Iterator[int],
          Dict[str, T][int], Hashable, Sized, Annotated[int, 'meta']]:
    print(repr(x), type(x).__name__)
print(Optional[int] == Union[int, None], Union[int, str] == Union[str, int], List[int] == List[int], List[int] != List[str])
print(Optional[int] == (int | None))
print(List[int].__origin__, List[int].__args__, Union[int, None]._name, Optional[int].__origin__)
print(Callable[[int], str].__args__, List[T].__parameters__, K.__bound__, T.__name__)
print(isinstance([], List), isinstance({}, Dict), isinstance([], Iterable), isinstance(3, Iterable), issubclass(list, Sequence))
try:
    isinstance([], List[int])
except TypeError as e:
    print(e)
try:
    isinstance(1, Any)
except TypeError as e:
    print(e)
try:
    List[int, str]
except TypeError as e:
    print(e)
try:
    List()
except TypeError as e:
    print(e)
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Union[int, str]), get_args(Callable[[int], str]), get_origin(int), get_args(int))
print(get_origin(list[int]), get_args(int | str))
print(cast(int, 'x'), TYPE_CHECKING)
class Stack(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
print(Stack.__parameters__, Stack[int], Stack[int]().__orig_class__)
s = Stack[int]()
s.push(3)
print(s.items, Stack.__mro__)
try:
    Stack[int, str]
except TypeError as e:
    print(e)
class Pair(Generic[K, T]): pass
print(Pair[int, str], Pair.__parameters__)
class MyList(List[int]): pass
print(MyList.__mro__, MyList([1, 2]))
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(2))
print(Any, type(Any))
class Sub(Any): pass
print(type(Sub()).__name__)
