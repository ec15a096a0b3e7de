import logging, sys
logging.basicConfig(level=logging.DEBUG, format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.debug('debug msg')
logging.info('info msg')
logging.warning('warning msg')
logging.error('error msg')
logging.critical('critical msg')
logging.log(logging.WARNING, 'via log()')
print(logging.getLogger().level, logging.getLevelName(logging.DEBUG), logging.getLevelName(35), logging.getLevelName('INFO'))
