import logging
print(logging.getLogger() is logging.root, logging.getLogger().name, logging.getLogger('').name)
print(logging.getLogger('a.b').name, logging.getLogger('a').getChild('b') is logging.getLogger('a.b'))
print(repr(logging.getLogger('x.y')), repr(logging.root))
print(logging.getLogger('z').level, logging.root.level == logging.WARNING)
