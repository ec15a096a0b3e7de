data = [('b', 2), ('a', 2), ('c', 1), ('d', 1), ('e', 3)]
print(sorted(data, key=lambda t: t[1]))
print(sorted(data, key=lambda t: t[1], reverse=True))
s = sorted(data, key=lambda t: t[0], reverse=True)
s.sort(key=lambda t: t[1])
print(s)
words = 'The quick brown fox jumps over the lazy dog'.split()
print(sorted(words, key=len))
print(sorted(words, key=str.lower))
import random
random.seed(1)
big = [(random.randint(0, 5), i) for i in range(200)]
res = sorted(big, key=lambda t: t[0])
print(all(res[i][1] < res[i + 1][1] for i in range(199) if res[i][0] == res[i + 1][0]))
