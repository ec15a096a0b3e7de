l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l, len(l))
print(l.pop(), l.pop(0), l, l.index(2), l.count(1))
l.remove(98); l.reverse(); print(l)
l.sort(); print(l); l.sort(reverse=True); print(l)
print(l.copy() == l, l.copy() is l)
l.clear(); print(l)
for bad in [lambda: [].pop(), lambda: [1].remove(5), lambda: [1].index(7)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
