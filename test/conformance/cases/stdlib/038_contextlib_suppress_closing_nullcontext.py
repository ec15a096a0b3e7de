from contextlib import suppress, closing, nullcontext
with suppress(ZeroDivisionError, KeyError):
    1 / 0
print('suppressed')
with suppress(KeyError):
    pass
try:
    with suppress(KeyError):
        raise ValueError('not suppressed')
except ValueError as e:
    print('ValueError', e)
class Res:
    def close(self):
        print('closed')
with closing(Res()) as r:
    print('using', type(r).__name__)
with nullcontext('value') as v:
    print(v)
with nullcontext() as n:
    print(n)
