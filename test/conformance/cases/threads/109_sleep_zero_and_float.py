import time, threading
time.sleep(0)
time.sleep(0.001)
try:
    time.sleep(-1)
except ValueError as e:
    print('ValueError', e)
try:
    time.sleep('1')
except TypeError as e:
    print('TypeError', e)
t0 = time.monotonic()
time.sleep(0.05)
print(time.monotonic() - t0 >= 0.04)
print(isinstance(time.time(), float), isinstance(time.perf_counter(), float), time.perf_counter_ns() > 0)
