import argparse
import logging
import threading
import time
class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records = []
    def emit(self, record):
        self.records.append(self.format(record))
h = Collect()
h.setFormatter(logging.Formatter("%(threadName)s [%(message)s]"))
logging.basicConfig(level=logging.INFO, handlers=[h])
def incr(loops):
    x = 0
    for _ in range(loops):
        time.sleep(0.001)
        x += 1
    logging.info("x = %d", x)
if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="test thread local")
    parser.add_argument("-l", "--loops", dest='loops', type=int, default=100, help="loop number for pear thread")
    parser.add_argument("-t", "--threads", dest='threads', type=int, default=10, help="thread number")
    args = parser.parse_args()
    ts = [threading.Thread(target=incr, args=(args.loops,)) for i in range(args.threads)]
    for t in ts: t.start()
    for t in ts: t.join()
    for line in sorted(h.records, key=lambda s: int(s.split('-')[1].split()[0])):
        print(line)
