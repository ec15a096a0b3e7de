import logging, sys
logging.basicConfig(format='%(message)s', stream=sys.stdout)
logging.warning('%(a)s and %(b)s', {'a': 1, 'b': 2})
logging.warning('no args with %% sign')
logging.warning('percent %d%%', 50)
logging.warning(12345)
logging.warning(['not', 'a', 'string'])
