from toolbox.star import *
print(exported, also)
try:
    not_listed
except NameError as e:
    print('NameError', e)
from toolbox.nostar import *
print(visible)
try:
    _hidden
except NameError as e:
    print('NameError', e)
