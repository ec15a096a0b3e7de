import itertools as it
def take(n, iterable):
    return list(it.islice(iterable, n))
def flatten(list_of_lists):
    return list(it.chain.from_iterable(list_of_lists))
def powerset(s):
    s = list(s)
    return list(it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1)))
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num_active = len(iterables)
    out = []
    while num_active:
        try:
            for nxt in nexts:
                out.append(nxt())
        except StopIteration:
            num_active -= 1
            nexts = it.cycle(it.islice(nexts, num_active))
    return out
print(take(3, it.count(7)), flatten([[1, 2], [3]]), powerset('abc'))
print(roundrobin('ABC', 'D', 'EF'))
print(list(it.accumulate(range(1, 6), lambda a, b: a * b)), list(it.accumulate([3, 1, 4, 1, 5], max)))
print(sum(1 for _ in it.permutations(range(5), 3)), list(it.product(range(2), 'ab', repeat=1)))
