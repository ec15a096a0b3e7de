log = []
def source():
    for i in range(5):
        log.append(f'src{i}')
        yield i
def double(it):
    for x in it:
        log.append(f'dbl{x}')
        yield x * 2
p = double(source())
print(next(p), log)
print(list(p), log[-2:])
def chunks(seq, n):
    for i in range(0, len(seq), n):
        yield seq[i:i + n]
print(list(chunks(list(range(10)), 4)), list(chunks('abcdefg', 3)))
