from .. import VERSION
from ..shapes import Square
def cm_to_m(x):
    return x / 100
def big_square():
    return Square(100).area()
def version():
    return 'units under geometry ' + VERSION
