def documented(x: int, y: 'str' = 'y') -> bool:
    """Say something."""
    return True
print(documented.__name__, documented.__qualname__, documented.__doc__, documented.__defaults__)
print(documented.__annotations__)
print(documented.__module__, callable(documented), type(documented).__name__)
class Outer:
    def method(self):
        def inner():
            pass
        return inner
print(Outer.method.__qualname__, Outer().method().__qualname__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc.__defaults__, nodoc.__kwdefaults__, nodoc())
documented.custom = 42
print(documented.custom, documented.__dict__)
print(repr(nodoc).startswith('<function nodoc at 0x'))
print(repr(Outer().method().__qualname__))
