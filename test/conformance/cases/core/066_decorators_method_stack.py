class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.hits = 0
    def __call__(self, *args):
        self.hits += 1
        return self.fn(*args)
@Cached
def square(x):
    return x * x
print(square(3), square(4), square.hits, type(square).__name__)
def log_method(m):
    def wrapper(self, *a):
        print('calling', m.__name__, 'on', type(self).__name__)
        return m(self, *a)
    return wrapper
class K:
    @log_method
    def go(self, n):
        return n * 2
print(K().go(21))
