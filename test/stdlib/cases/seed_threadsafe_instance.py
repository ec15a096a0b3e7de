# The seed's third thread-safety program (a shared instance attribute), verbatim below the header.
# run: -l 5 -t 3
# run: -h
# env: COLUMNS=40
# compare: sorted-lines
# mask: x = \d+
import argparse
import logging
import threading
import time


logging.basicConfig(
    format="%(asctime)s %(threadName)s %(filename)s:%(lineno)s [%(message)s]", 
    datefmt="%Y-%m-%d %H:%M:%S",
    level=logging.INFO
)

class A:
    pass


a = A()


def incr(loops):
    a.x = 0
    for _ in range(loops):
        time.sleep(0.001)
        a.x += 1
    logging.info("x = %d", a.x)


if __name__ == "__main__":

    parser = argparse.ArgumentParser(
        description="test thread local"
    )
    parser.add_argument("-l", "--loops", dest='loops', type=int, default=100, help="loop number for pear thread")
    parser.add_argument("-t", "--threads", dest='threads',type=int, default=10, help="thread number")
    
    args = parser.parse_args()

    for i in range(args.threads):
        threading.Thread(target=incr, args=(args.loops, )).start()
