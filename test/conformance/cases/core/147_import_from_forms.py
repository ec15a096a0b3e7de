from geometry.shapes import Square, describe as desc, public
print(Square(2).area(), desc(), public)
from geometry import units
from geometry.units.convert import cm_to_m, big_square, version
print(cm_to_m(250), big_square(), version())
from geometry.units import convert
print(convert.cm_to_m(1), units.convert is convert)
