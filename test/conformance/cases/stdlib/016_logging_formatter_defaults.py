import logging, sys
h = logging.StreamHandler(sys.stdout)
log = logging.getLogger('nofmt')
log.addHandler(h)
log.propagate = False
log.warning('plain message only')
h.setFormatter(logging.Formatter())
log.warning('default Formatter is %(message)s')
print(logging.BASIC_FORMAT)
