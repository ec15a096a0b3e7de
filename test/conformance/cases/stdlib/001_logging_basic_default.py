import logging, sys
# A module-level logging call on an unconfigured root configures it (stderr, BASIC_FORMAT) ...
logging.warning('auto-configures the root logger')
print('root handlers after first call:', len(logging.getLogger().handlers))
# ... so a later basicConfig without force=True does nothing.
logging.basicConfig(format='%(levelname)s:%(name)s:%(message)s', stream=sys.stdout)
logging.warning('still on stderr')
logging.info('info is below WARNING, dropped')
logging.error('error %s %d', 'with', 2)
print('handler stream is stderr:', logging.getLogger().handlers[0].stream is sys.stderr)
