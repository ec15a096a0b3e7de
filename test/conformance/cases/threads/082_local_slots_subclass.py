import threading
class S(threading.local):
    __slots__ = ('fixed',)
s = S()
s.fixed = 'slot'
s.other = 'dict'
out = []
def w():
    out.append(hasattr(s, 'other'))
    out.append(getattr(s, 'fixed', 'unset'))
t = threading.Thread(target=w); t.start(); t.join()
print(out, s.fixed, s.other)
