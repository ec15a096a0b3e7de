# An uncaught exception group, printed by sys.excepthook: nested groups, chained causes and contexts,
# notes, a truncated wide group and a too-deep one. stderr goes to stdout so all of it is compared.
import sys
sys.stderr = sys.stdout


def nest(depth):
    if depth == 0:
        return ValueError('leaf')
    return ExceptionGroup(f'level {depth}', [nest(depth - 1), KeyError(depth)])


def fail(n):
    raise ValueError(f'failure {n}')


def collect():
    errors = []
    for n in range(3):
        try:
            if n == 1:
                try:
                    fail(n)
                except ValueError as e:
                    raise RuntimeError('wrapped') from e
            fail(n)
        except Exception as e:
            errors.append(e)
    return errors


sys.excepthook(ExceptionGroup, ExceptionGroup('wide', [IndexError(i) for i in range(17)]), None)
sys.excepthook(ExceptionGroup, nest(11), None)
note = TypeError('with note')
note.add_note('first note\nsecond line')
note.add_note('')
ctx_member = OSError('has a context')
ctx_member.__context__ = ExceptionGroup('context group', [ZeroDivisionError('z')])
try:
    try:
        raise ExceptionGroup('first', [LookupError('l')])
    except ExceptionGroup:
        raise ExceptionGroup('batch', collect() + [note, ExceptionGroup('inner', [ctx_member])])
except ExceptionGroup as e:
    eg = e


def outer():
    raise eg


outer()
