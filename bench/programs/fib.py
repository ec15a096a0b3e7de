# Recursive calls: fib(30) = 832,040 with 2,692,537 calls.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
print(fib(30))
