def outer(n):
    def helper(k):
        if k == 0:
            return []
        return [k] + helper(k - 1)
    return helper(n)
print(outer(5))
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
print(compose(str, lambda x: x * 2, abs)(-21))
def apply_n(f, n):
    return (lambda x: x) if n == 0 else (lambda x: f(apply_n(f, n - 1)(x)))
print(apply_n(lambda x: x + 3, 4)(0))
