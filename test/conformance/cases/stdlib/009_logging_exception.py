import logging, sys
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
try:
    1 / 0
except ZeroDivisionError:
    logging.exception('failed to divide')
print('---')
try:
    {}['k']
except KeyError:
    logging.error('with exc_info', exc_info=True)
