if False:
    import nonexistent_module
try:
    import math
    have_math = True
except ImportError:
    have_math = False
print(have_math, math.floor(2.5))
class Empty:
    pass
def noop():
    ...
print(noop(), Empty.__name__)
