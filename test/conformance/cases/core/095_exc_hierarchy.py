for cls in [ZeroDivisionError, KeyError, IndexError, ValueError, TypeError, StopIteration, KeyboardInterrupt, SystemExit, FileNotFoundError, RecursionError, UnboundLocalError, ModuleNotFoundError, NotImplementedError, UnicodeDecodeError, TimeoutError, OverflowError, GeneratorExit]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__[1:]])
print(issubclass(KeyError, LookupError), issubclass(SystemExit, Exception), issubclass(BrokenPipeError, OSError))
