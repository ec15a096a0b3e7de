# An uncaught AttributeError suggests the closest name in dir(obj).
import math
class P:
    def __init__(self):
        self.value = 1
try:
    P().valeu
except AttributeError as e:
    print(e.name, type(e.obj).__name__, e)
print(math.sqr)
