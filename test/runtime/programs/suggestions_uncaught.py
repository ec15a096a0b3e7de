# An uncaught NameError gets CPython 3.11's "Did you mean" suggestion (locals, then globals, then builtins).
class P:
    __slots__ = ('a',)

o = P()
try:
    del o.a          # an unset slot: AttributeError('a')
except AttributeError as e:
    print(repr(e))
try:
    o.valeu = 1
except AttributeError as e:
    print(repr(e), e.name)

def helper():
    pass

def main():
    counter = 1
    return countr + helpr()

main()
