import logging
print('stdout line')
logging.warning('to stderr by default')
