import logging, sys
logging.basicConfig(format='first:%(message)s', stream=sys.stdout)
logging.basicConfig(format='second:%(message)s', stream=sys.stdout)
logging.warning('which format?')
logging.basicConfig(format='forced:%(message)s', stream=sys.stdout, force=True)
logging.warning('after force')
print(len(logging.getLogger().handlers))
