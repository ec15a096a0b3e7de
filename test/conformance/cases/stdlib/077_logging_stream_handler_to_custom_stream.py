import logging
class Collector:
    def __init__(self):
        self.text = ''
    def write(self, s):
        self.text += s
    def flush(self):
        pass
c = Collector()
h = logging.StreamHandler(c)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
h.terminator = ' <END>\n'
log = logging.getLogger('collector')
log.addHandler(h)
log.propagate = False
log.warning('one')
log.error('two %s', 'args')
print(repr(c.text))
