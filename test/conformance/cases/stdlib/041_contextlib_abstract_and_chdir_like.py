import contextlib
class Managed(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('exit')
with Managed() as m:
    print(type(m).__name__)
class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print('start'); return self
    def __exit__(self, *exc):
        print('end'); return False
@CM()
def job():
    print('job')
job()
