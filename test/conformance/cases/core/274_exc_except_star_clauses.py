# except*: each clause handles the part of the group its type matches; the unhandled rest is re-raised.
import sys


def show(label, f):
    try:
        f()
        print(label, 'no exception')
    except BaseException as e:
        print(label, type(e).__name__, repr(e))


def several():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3), ValueError(4)])
    except* ValueError as e:
        print('  values', repr(e), sys.exc_info()[1] is e)
    except* (TypeError, KeyError) as e:
        print('  lookup or type', repr(e))


def rest_reraised():
    try:
        raise ExceptionGroup('eg', [ValueError(1), OSError(2), ExceptionGroup('nested', [TypeError(3), OSError(4)])])
    except* ValueError:
        print('  handled values')
    except* TypeError as e:
        print('  handled', repr(e))


def naked():
    try:
        raise KeyError('naked')
    except* KeyError as e:
        print('  wrapped', repr(e), e.__traceback__)


def naked_unmatched():
    try:
        raise KeyError('naked')
    except* ValueError:
        print('  not reached')


def nested_shape():
    try:
        raise ExceptionGroup('outer', [ValueError(1), ExceptionGroup('mid', [ValueError(2), TypeError(3)])])
    except* ValueError as e:
        print('  shape', repr(e))
    except* TypeError as e:
        print('  shape', repr(e))


def else_finally():
    try:
        print('  body')
    except* ValueError:
        print('  not reached')
    else:
        print('  else')
    finally:
        print('  finally')


def finally_on_error():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        print('  handled ValueError')
    finally:
        print('  finally runs before the rest propagates')


def name_unbound():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as err:
        pass
    print('  err bound after clause:', 'err' in locals())


def in_loop():
    for i in range(3):
        try:
            if i % 2:
                raise ExceptionGroup('loop', [ValueError(i)])
        except* ValueError as e:
            print('  loop', i, repr(e))
            for j in range(5):
                if j == 1:
                    break
            print('  inner loop broke at', j)


def bad_types():
    for t in (ExceptionGroup, (TypeError, BaseExceptionGroup), 3):
        try:
            try:
                raise ExceptionGroup('eg', [ValueError(1)])
            except* t:
                pass
        except TypeError as e:
            print('  TypeError', e, '| context:', repr(e.__context__))


def base_exceptions():
    try:
        raise BaseExceptionGroup('beg', [KeyboardInterrupt(), ValueError(1)])
    except* ValueError as e:
        print('  got', repr(e))


for f in (several, rest_reraised, naked, naked_unmatched, nested_shape, else_finally, finally_on_error,
          name_unbound, in_loop, bad_types, base_exceptions):
    show(f.__name__, f)
print(sys.exc_info())
