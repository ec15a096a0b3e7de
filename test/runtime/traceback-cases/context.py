def h(a, b):
    return a / b
try:
    h(1, 0)
except ZeroDivisionError:
    print(undefined_name)
