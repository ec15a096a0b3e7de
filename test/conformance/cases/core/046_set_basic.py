s = {3, 1, 2}
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), len(s), 2 in s, 10 in s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a.isdisjoint({9}), a.issuperset({1}))
print(a.union([5]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
print(set(), repr(set()), {1}, set('aab') == {'a', 'b'})
c = set([1, 2]); c |= {3}; c &= {2, 3}; c -= {2}; print(c)
e = set(); e.update([1], (2,)); print(e, e.pop() in (1, 2), len(e))
print({x % 3 for x in range(10)})
try:
    {[1]}
except TypeError as e:
    print('TypeError', e)
