counter = 0
def inc():
    global counter
    counter += 1
    return counter
inc(); inc()
print(counter)
def read_only():
    return counter * 10
print(read_only())
def shadow():
    counter = 'local'
    return counter
print(shadow(), counter)
def declare_new():
    global brand_new
    brand_new = 'made'
declare_new()
print(brand_new)
