class AppError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code
        self.msg = msg
    def __str__(self):
        return f'[{self.code}] {self.msg}'
class NotFound(AppError):
    pass
try:
    raise NotFound(404, 'missing')
except AppError as e:
    print(type(e).__name__, e, e.args, e.code, repr(e))
class Silent(Exception):
    def __repr__(self):
        return 'Silent!'
print(repr(Silent()), str(Silent('s')))
class WithAttrs(Exception):
    pass
w = WithAttrs('m')
w.extra = 1
print(w.extra, w.args)
try:
    raise NotFound
except TypeError as e:
    print('TypeError', e)
