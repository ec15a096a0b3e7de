import toolbox.nostar as ns
print(ns.__name__, ns.__file__.endswith('nostar.py'), ns.__doc__, sorted(k for k in vars(ns) if not k.startswith('__')))
ns.added = 1
import toolbox.nostar
print(toolbox.nostar.added)
import geometry.shapes
print(geometry.shapes.__doc__, geometry.__doc__)
print(repr(__name__), __doc__)
