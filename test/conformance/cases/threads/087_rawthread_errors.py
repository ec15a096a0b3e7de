import _thread
try:
    _thread.start_new_thread(print, [1])
except TypeError as e:
    print('TypeError', e)
try:
    _thread.start_new_thread(5, ())
except TypeError as e:
    print('TypeError', e)
try:
    _thread.start_new_thread(print, (), 5)
except TypeError as e:
    print('TypeError', e)
print(_thread.error is RuntimeError, _thread.TIMEOUT_MAX > 0)
