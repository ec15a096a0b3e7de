import sys
import toolbox.noisy
import toolbox.noisy as again
from toolbox import noisy
print(toolbox.noisy is again is noisy, 'toolbox.noisy' in sys.modules)
print(noisy.bump(), again.bump(), noisy.counter)
import importlib
m = importlib.import_module('toolbox.noisy')
print(m.counter, m is noisy)
