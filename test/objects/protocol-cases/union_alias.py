print(int | None, repr(int | str | None), (int|str).__args__, type(int|None), isinstance(1, int|str), isinstance(None, int|None), issubclass(bool, int|str))
print(list[int], dict[str, list[int]], type(list[int]), list[int].__origin__, list[int].__args__, list[int]((1,2)), tuple[int, ...], list[int] | None)
print(int | int, (int|str) == (str|int), hash(int|str) == hash(str|int))
try:
    int | 1
except TypeError as e:
    print(e)
try:
    isinstance(1, list[int])
except TypeError as e:
    print(e)
def f(x: int | None = None, y: list[str] | None = None) -> dict[str, int]:
    return x
print(f(3), type[int])
class MyList(list[int]):
    pass
print(MyList.__mro__, MyList[int])
class C: pass
try:
    C[int]
except TypeError as e:
    print(e)
class G:
    def __class_getitem__(cls, item): return ('cgi', cls.__name__, item)
print(G[int])
