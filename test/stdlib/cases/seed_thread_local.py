# The seed's threading.local demonstration, verbatim below the header.
import logging
import threading


logging.basicConfig(
    format="%(asctime)s %(threadName)s %(filename)s:%(lineno)s [%(message)s]", 
    datefmt="%Y-%m-%d %H:%M:%S",
    level=logging.INFO
)


local = threading.local()

x = 100  # 全局变量
local.x = 200  # 主线程数据

logging.info("x = %d \t local.x = %d", x, local.x)


def routine():
    local.y = 200  # 子线程数据

    try:
        logging.info("x = %d\t local.y = %d \t local.x = %d", x, local.y, local.x)
    except AttributeError as e:
        logging.error(e)

t = threading.Thread(target=routine)
logging.info("创建线程对象")
t.start()
logging.info("启动线程，并等待结束")
t.join()
logging.info("线程结束")

try:
    logging.info("x = %d\t local.y = %d \t local.x = %d", x, local.y, local.x)
except AttributeError as e:
    logging.error(e)
