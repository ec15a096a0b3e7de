import functools
def deco(f):
    @functools.wraps(f)
    def inner(*a, **k):
        """inner doc"""
        return f(*a, **k)
    return inner
@deco
def target(x: int) -> int:
    """Target doc."""
    return x
print(target.__name__, target.__doc__, target.__qualname__, target.__annotations__, target.__wrapped__.__name__, target.__module__)
def plain(f):
    def inner():
        pass
    return inner
@plain
def other():
    """doc"""
print(other.__name__, other.__doc__)
w = functools.update_wrapper(lambda: None, target)
print(w.__name__)
