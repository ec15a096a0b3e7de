import logging, sys, threading
logging.basicConfig(format='%(threadName)s:%(message)s', stream=sys.stdout, level=logging.INFO)
def w(i):
    logging.info('worker %d', i)
for i in range(3):
    t = threading.Thread(target=w, args=(i,))
    t.start(); t.join()
t = threading.Thread(target=w, args=(9,), name='named')
t.start(); t.join()
logging.info('main done')
