class Countdown:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0: raise StopIteration
        self.n -= 1
        return self.n + 1
print(list(Countdown(3)), [x for x in Countdown(2)])
class Adder:
    def __init__(self, k): self.k = k
    def __call__(self, x, *, times=1): return (x + self.k) * times
a = Adder(5)
print(a(1), a(1, times=3), callable(a), callable(Countdown(1)))
class Empty:
    def __bool__(self): return False
class Sized:
    def __len__(self): return 0
print(bool(Empty()), bool(Sized()), 'yes' if Empty() else 'no', not Sized(), bool(object()))
class BadBool:
    def __bool__(self): return 1
try:
    bool(BadBool())
except TypeError as e:
    print('TypeError', e)
