import logging, sys, time
from threading import Thread, Event
logging.basicConfig(format="%(threadName)s [%(message)s]", level=logging.INFO, stream=sys.stdout)
def light(e, cycles):
    for _ in range(cycles):
        e.clear()
        logging.info("红灯")
        time.sleep(0.2)
        e.set()
        logging.info("绿灯")
        time.sleep(0.2)
def car(e, n):
    if e.is_set():
        logging.info("car %d 通过路口", n)
    else:
        logging.info("car %d 在路口等待", n)
        e.wait()
        logging.info("car %d 通过路口", n)
event = Event()
t = Thread(target=light, args=(event, 1), name="红绿灯")
t.start()
time.sleep(0.1)
c1 = Thread(target=car, args=(event, 1), name='car-1')
c1.start()
c1.join()
time.sleep(0.2)
c2 = Thread(target=car, args=(event, 2), name='car-2')
c2.start()
c2.join()
t.join()
