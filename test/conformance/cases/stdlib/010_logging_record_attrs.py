import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(name)s %(levelno)d %(funcName)s %(lineno)d %(module)s %(filename)s %(threadName)s %(processName)s [%(message)s]'))
log = logging.getLogger('rec')
log.addHandler(h)
log.propagate = False
def where():
    log.warning('inside %s', 'where')
where()
log.warning('top level')
