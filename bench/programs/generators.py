# A generator pipeline: source -> filter -> map -> windowed sum.
def source(n):
    for i in range(n):
        yield i

def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x

def squares(it):
    for x in it:
        yield x * x

def pairs(it):
    prev = None
    for x in it:
        if prev is not None:
            yield prev + x
        prev = x

total = sum(pairs(squares(evens(source(1_000_000)))))
gen_expr = sum(x * 3 for x in range(500_000) if x & 1)
print(total, gen_expr)
