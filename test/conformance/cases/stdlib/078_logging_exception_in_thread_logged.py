import logging, sys, threading
logging.basicConfig(format='%(levelname)s:%(threadName)s:%(message)s', stream=sys.stdout)
def w():
    try:
        raise ValueError('thread failure')
    except ValueError:
        logging.exception('caught in worker')
t = threading.Thread(target=w, name='W')
t.start(); t.join()
