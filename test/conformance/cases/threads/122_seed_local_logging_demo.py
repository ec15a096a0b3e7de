import logging
import sys
import threading
logging.basicConfig(format="%(threadName)s [%(message)s]", level=logging.INFO, stream=sys.stdout)
local = threading.local()
x = 100
local.x = 200
logging.info("x = %d \t local.x = %d", x, local.x)
def routine():
    local.y = 200
    try:
        logging.info("x = %d\t local.y = %d \t local.x = %d", x, local.y, local.x)
    except AttributeError as e:
        logging.error(e)
t = threading.Thread(target=routine)
logging.info("创建线程对象")
t.start()
t.join()
logging.info("线程结束")
try:
    logging.info("x = %d\t local.y = %d \t local.x = %d", x, local.y, local.x)
except AttributeError as e:
    logging.error(e)
