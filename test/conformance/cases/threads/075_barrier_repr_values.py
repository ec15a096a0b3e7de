import threading
try:
    threading.Barrier(0)
except ValueError as e:
    print('ValueError', e)
b = threading.Barrier(4)
print(b.parties, b.n_waiting, b.broken)
