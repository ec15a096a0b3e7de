x = 0
def outer():
    x = 'outer local'
    def inner():
        global x
        x = 'set global'
    inner()
    return x
print(outer(), x)
def counter():
    global total
    total = total + 1 if 'total' in globals() else 1
counter(); counter()
print(total)
