from contextlib import redirect_stdout, redirect_stderr
import io, sys
buf = io.StringIO()
with redirect_stdout(buf):
    print('captured line 1')
    print('captured', 2)
print('captured text:', repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    print('to err', file=sys.stderr)
print(repr(err.getvalue()))
class Sink:
    def __init__(self): self.data = []
    def write(self, s): self.data.append(s)
s = Sink()
with redirect_stdout(s):
    print('a', 'b')
print(s.data)
