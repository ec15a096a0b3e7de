import traceback
def fail():
    raise KeyError('missing')
try:
    fail()
except KeyError:
    text = traceback.format_exc()
lines = text.splitlines()
print(lines[0])
print(lines[-1])
print(len([l for l in lines if l.startswith('  File ')]))
print([l.strip() for l in lines if not l.startswith('  File ') and l.startswith('    ')])
