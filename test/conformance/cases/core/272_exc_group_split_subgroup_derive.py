# ExceptionGroup / BaseExceptionGroup: constructor rules, attributes, split, subgroup, derive.
def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', type(r).__name__, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('eg', lambda: ExceptionGroup('m', [ValueError(1)]))
attempt('beg->eg', lambda: BaseExceptionGroup('m', [ValueError(1)]))
attempt('beg', lambda: BaseExceptionGroup('m', [KeyboardInterrupt()]))
attempt('eg-base', lambda: ExceptionGroup('m', [KeyboardInterrupt()]))
attempt('empty', lambda: ExceptionGroup('m', []))
attempt('not-seq', lambda: ExceptionGroup('m', 5))
attempt('set', lambda: ExceptionGroup('m', {ValueError()}))
attempt('tuple', lambda: ExceptionGroup('m', (ValueError(),)))
attempt('item', lambda: ExceptionGroup('m', [ValueError(), 3]))
attempt('class-item', lambda: ExceptionGroup('m', [ValueError]))
attempt('msg-type', lambda: ExceptionGroup(1, [ValueError()]))
attempt('one-arg', lambda: ExceptionGroup('m'))
attempt('kw', lambda: ExceptionGroup('m', [ValueError()], x=3))

class MyGroup(ExceptionGroup):
    pass

class MyBaseGroup(BaseExceptionGroup):
    pass

attempt('sub', lambda: MyGroup('m', [ValueError()]))
attempt('sub-base', lambda: MyGroup('m', [KeyboardInterrupt()]))
attempt('basesub', lambda: MyBaseGroup('m', [ValueError()]))

eg = ExceptionGroup('msg', [ValueError(1), TypeError(2), ExceptionGroup('inner', [ValueError(3), KeyError(4)])])
print(eg.message, eg.exceptions, eg.args)
print(str(eg), '|', repr(eg), '|', str(ExceptionGroup('one', [ValueError(1)])))
for name in ('message', 'exceptions'):
    try:
        setattr(eg, name, 'x')
    except AttributeError as e:
        print(name, 'AttributeError', e)
print([c.__name__ for c in ExceptionGroup.__mro__])
print(issubclass(ExceptionGroup, Exception), issubclass(BaseExceptionGroup, Exception), ExceptionGroup[int])

# split and subgroup by type, tuple and predicate; full matches return the group itself
match, rest = eg.split(ValueError)
print('split ValueError:', repr(match), '|', repr(rest))
print('split tuple:', eg.split((TypeError, KeyError)))
print('split predicate:', eg.split(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print('subgroup:', repr(eg.subgroup(KeyError)), repr(eg.subgroup(OSError)))
print('full:', eg.split(Exception)[0] is eg, eg.subgroup(lambda e: True) is eg, eg.split(OSError)[1] is eg)
print('group predicate:', eg.subgroup(lambda e: isinstance(e, ExceptionGroup) and e.message == 'inner'))
for bad in (3, [ValueError], (ValueError, 3), len):
    attempt('split(%r)' % (bad,), lambda: eg.split(bad))

# the parts keep the traceback, cause, context and a copy of the notes
try:
    try:
        raise OSError('cause')
    except OSError as c:
        raise eg from c
except ExceptionGroup as caught:
    caught.add_note('a note')
    m, r = caught.split(TypeError)
    print(m.__traceback__ is caught.__traceback__, m.__cause__ is caught.__cause__, m.__context__ is caught.__context__)
    print(m.__notes__, m.__notes__ is caught.__notes__, r.__suppress_context__)

# derive: the default builds a BaseExceptionGroup with the same message; split uses it
d = eg.derive([KeyError('d')])
print(type(d).__name__, repr(d), d.__traceback__)
print(repr(MyGroup('x', [ValueError()]).derive([KeyboardInterrupt()])))

class Tagged(ExceptionGroup):
    def __new__(cls, message, excs, tag):
        self = super().__new__(cls, message, excs)
        self.tag = tag
        return self

    def __init__(self, message, excs, tag):
        super().__init__(message, excs)

    def derive(self, excs):
        return Tagged(self.message, excs, self.tag + '+')

t = Tagged('tagged', [ValueError(1), TypeError(2)], 'T')
tm, tr = t.split(ValueError)
print(type(tm).__name__, tm.tag, repr(tm), type(tr).__name__, tr.tag)

class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42

attempt('bad derive', lambda: BadDerive('b', [ValueError(), TypeError()]).split(ValueError))
