import geometry.shapes as s
print(s.Square(3).area(), s.describe(), s.__name__)
import geometry
print(geometry.VERSION, geometry.shapes is s, geometry.Square is s.Square)
print(type(geometry).__name__, geometry.__name__, geometry.__package__, s.__package__)
