def pair():
    x = 0
    def get(): return x
    def set_(v):
        nonlocal x
        x = v
    return get, set_
get, set_ = pair()
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0], get.__code__.co_freevars)
def outer():
    values = []
    for i in range(3):
        values.append(lambda: i)
    i = 'final'
    return [v() for v in values]
print(outer())
