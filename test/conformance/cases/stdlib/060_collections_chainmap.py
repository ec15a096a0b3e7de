from collections import ChainMap
defaults = {'color': 'red', 'user': 'guest'}
env = {'user': 'admin'}
cm = ChainMap(env, defaults)
print(cm['user'], cm['color'], len(cm), sorted(cm), cm.maps)
cm['new'] = 1
print(env, defaults)
child = cm.new_child({'color': 'blue'})
print(child['color'], child.parents['color'], dict(child) == {'color': 'blue', 'user': 'admin', 'new': 1})
try:
    del cm['color']
except KeyError as e:
    print('KeyError', e)
print(repr(ChainMap({'a': 1})))
