# Completes the seed fragment timer_usage.py (verbatim from the tutorial): adds the import.
from threading import Timer

def hello():
    print("hello, world")

t = Timer(30.0, hello)
t.start()  # 30 秒之后，将执行一次 hello() 函数，执行完毕后整个线程就结束了
