class Plugin:
    plugins = []
    def __init_subclass__(cls, /, key=None, **kw):
        super().__init_subclass__(**kw)
        cls.key = key
        Plugin.plugins.append((cls.__name__, key))
class A(Plugin, key='a'): pass
class B(Plugin): pass
class C(A, key='c'): pass
print(Plugin.plugins, A.key, B.key, C.key)
try:
    class Bad(object, unknown=1): pass
except TypeError as e:
    print('TypeError', e)
