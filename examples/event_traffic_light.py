import time
import logging
import sys
from threading import Thread, Event, current_thread

logging.basicConfig(
    format="%(asctime)s %(threadName)s %(filename)s:%(lineno)s [%(message)s]", 
    datefmt="%Y-%m-%d %H:%M:%S",
    level=logging.INFO
)




def light(e: Event):
    while True:
        sys.stdout.flush()
        e.clear()
        logging.info("红灯")
        time.sleep(10)
        e.set()  # 发送信号
        logging.info("绿灯")
        time.sleep(5)


def car(e: Event):
    if e.is_set():
        logging.info("通过路口")
    else:
        logging.info("在路口等待")
        e.wait() 
    


if __name__ == '__main__':

    event = Event()  # 创建等待事件
    # 首先，创建红绿灯线程
    t = Thread(target=light, args=(event, ), name="红绿灯")
    t.start()

    while True:
        # 没 0.5 s 来一辆车
        time.sleep(1)
        Thread(target=car, args=(event, )).start()
