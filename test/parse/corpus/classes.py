class A: pass
class A(): pass
class A(B): pass
class A(B, C): pass
class A(B, metaclass=M): pass
class A(*bases, **kw): pass
class A:
    x = 1
    def m(self):
        return self.x
    @property
    def p(self): return 1
    @p.setter
    def p(self, v): pass
    @staticmethod
    def s(): pass
    class Inner:
        pass
@dec
def f(): pass
@dec()
@dec.attr
@dec(1, x=2)
@dec[0]
@(lambda f: f)
@a if b else c
class D: pass
@x := y
def g(): pass
