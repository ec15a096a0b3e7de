# The traceback module on exception groups: format_exception / print_exception put the margin before
# every line (the interpreter's own printer does not, for multi-line messages and empty notes).
import sys
import traceback

value = ValueError('line one\nline two')
value.add_note('')
value.add_note('n1\nn2')
try:
    try:
        raise KeyError('first')
    except KeyError as cause:
        raise ExceptionGroup('group', [value, ExceptionGroup('inner', [TypeError('t')])]) from cause
except ExceptionGroup as e:
    caught = e

text = ''.join(traceback.format_exception(caught)).replace(__file__, 'THIS_FILE')
print(text, end='')
print('---')
print(traceback.format_exception_only(caught))
traceback.print_exception(caught.exceptions[1], file=sys.stdout)
print('--- uncaught')
sys.stderr = sys.stdout
sys.excepthook(ExceptionGroup, ExceptionGroup('plain', [value]), None)
