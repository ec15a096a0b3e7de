import logging, sys
logging.basicConfig(format='%(levelname)s:%(message)s', stream=sys.stdout, level=logging.INFO)
logging.info('starting')
logging.shutdown()
print('after shutdown')
