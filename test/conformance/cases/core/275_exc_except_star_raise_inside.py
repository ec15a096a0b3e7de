# raise inside except*: a bare raise re-raises the matched part in the group's shape; a new exception
# (or `raise e`) is merged with the re-raised parts into ExceptionGroup(''); the contexts chain.
import sys
sys.stderr = sys.stdout


def show(label, f):
    try:
        f()
        print(label, 'no exception')
    except BaseException as e:
        inner = [type(x).__name__ for x in getattr(e, 'exceptions', ())]
        print(label, repr(e), inner, repr(e.__context__))


def bare_reraise():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), ValueError(3)])
    except* ValueError:
        raise


def reraise_with_note():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        e.add_note('noted')
        raise


def raise_matched_explicitly():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e


def raise_new():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise RuntimeError('new')


def raise_in_two_clauses():
    try:
        raise ExceptionGroup('eg', [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError('from values')
    except* TypeError:
        raise
    except* KeyError:
        raise OSError('from keys')


def naked_reraise():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise


def naked_raise_new():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise KeyError('new')


def raise_from():
    try:
        raise ExceptionGroup('eg', [ValueError(1)])
    except* ValueError as e:
        raise TypeError('converted') from e


for f in (bare_reraise, reraise_with_note, raise_matched_explicitly, raise_new, raise_in_two_clauses,
          naked_reraise, naked_raise_new, raise_from):
    show(f.__name__, f)


# and uncaught: the printed group shows the new exception's context and the re-raised part
raise_in_two_clauses()
