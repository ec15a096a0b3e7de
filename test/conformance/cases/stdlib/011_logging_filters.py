import logging, sys
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0
log = logging.getLogger('flt')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(message)s'))
log.addHandler(h)
log.addFilter(OnlyEven())
log.propagate = False
for i in range(5):
    log.warning('n=%d', i)
f = logging.Filter('a.b')
print(f.filter(logging.makeLogRecord({'name': 'a.b.c'})), f.filter(logging.makeLogRecord({'name': 'a.bc'})))
