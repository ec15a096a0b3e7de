try:
    import does_not_exist
except ModuleNotFoundError as e:
    print('ModuleNotFoundError', e, e.name)
try:
    import toolbox.missing_mod
except ImportError as e:
    print(type(e).__name__, e)
try:
    from toolbox.star import nothing_here
except ImportError as e:
    import os
    print('ImportError', str(e).replace(os.path.dirname(os.path.abspath(__file__)), 'CASEDIR'))
try:
    import toolbox.broken
except ZeroDivisionError as e:
    print('ZeroDivisionError during import', e)
import sys
print('toolbox.broken' in sys.modules)
