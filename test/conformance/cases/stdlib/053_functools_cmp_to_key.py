import functools
def cmp(a, b):
    return (a > b) - (a < b)
def by_len_then_rev(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return cmp(b, a)
words = ['pear', 'fig', 'apple', 'kiwi', 'date']
print(sorted(words, key=functools.cmp_to_key(by_len_then_rev)))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
k = functools.cmp_to_key(cmp)
print(k(1) < k(2), k(2) == k(2))
