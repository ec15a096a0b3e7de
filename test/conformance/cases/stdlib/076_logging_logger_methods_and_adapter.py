import logging, sys
log = logging.getLogger('adp')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s %(name)s %(message)s'))
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False
log.debug('debug'); log.info('info'); log.warning('warning'); log.error('error'); log.critical('critical')
adapter = logging.LoggerAdapter(log, {'user': 'ann'})
class CtxAdapter(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f'[{self.extra["user"]}] {msg}', kwargs
CtxAdapter(log, {'user': 'bob'}).info('adapted')
log.info('extra field', extra={'custom': 1})
fmt = logging.Formatter('%(custom)s|%(message)s')
h.setFormatter(fmt)
log.info('with custom', extra={'custom': 'C'})
