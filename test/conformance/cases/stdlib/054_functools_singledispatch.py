import functools
@functools.singledispatch
def show(x):
    return 'object ' + repr(x)
@show.register
def _(x: int):
    return 'int ' + str(x)
@show.register(list)
def _(x):
    return 'list of ' + str(len(x))
print(show(1), show([1, 2]), show('s'), show(True))
