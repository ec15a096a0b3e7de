import logging
log = logging.getLogger('noconfig')
log.info('info is not shown by lastResort')
log.warning('lastResort prints only the message')
print('root handlers:', logging.getLogger().handlers)
