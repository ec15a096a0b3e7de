x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def m(self):
        return x
    z = [x for _ in range(1)]
print(C.y, C().m(), C.z)
class D:
    a = 1
    b = [a * 2 for _ in range(2)] if False else None
    def get_a(self):
        return D.a
print(D().get_a(), D.b)
def f():
    v = 'enclosing'
    class K:
        w = v
        def meth(self):
            return v
    return K
K = f()
print(K.w, K().meth())
