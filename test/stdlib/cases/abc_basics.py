from abc import ABC, ABCMeta, abstractmethod, abstractproperty
import abc
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @property
    @abstractmethod
    def name(self): ...
    def describe(self): return f"{self.name} {self.area()}"
try: Shape()
except TypeError as e: print(e)
class Half(Shape):
    def area(self): return 1
try: Half()
except TypeError as e: print(e)
class Sq(Half):
    name = 'sq'
print(Sq().describe(), Shape.__abstractmethods__ == frozenset({'area', 'name'}), Sq.__abstractmethods__)
print(type(Shape).__name__, type(ABC), isinstance(Sq(), Shape))
class Reg(metaclass=ABCMeta):
    pass
Reg.register(int)
print(isinstance(3, Reg), issubclass(bool, Reg), issubclass(str, Reg), isinstance('x', Reg))
@Reg.register
class Z: pass
print(issubclass(Z, Reg), Z.__name__)
class Hook(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Hook:
            return hasattr(C, 'quack')
        return NotImplemented
class Duck:
    def quack(self): pass
print(isinstance(Duck(), Hook), isinstance(1, Hook))
try: Reg.register(3)
except TypeError as e: print(e)
class M(ABC):
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def s(): ...
print(sorted(M.__abstractmethods__), abc.get_cache_token() > 0)
try: Reg.register(Reg)
except Exception as e: print(type(e).__name__)
