print(min(3, 1, 2), max(3, 1, 2), min([4, 5]), max('abc'), min('b', 'a', 'c'))
print(max(['aa', 'b', 'ccc'], key=len), min(['aa', 'b', 'ccc'], key=len), max([1, 3, 3, 2], key=lambda x: x % 3))
print(max([], default='empty'), min([], default=None), max([1], default=0))
print(max((1, 'a'), (1, 'b')), min([[2], [1, 5]]))
for bad in [lambda: min([]), lambda: max(), lambda: max(1), lambda: max([], [], default=1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(max(1, 2.0), max(2.0, 2), min(2, 2.0), max(True, 1))
