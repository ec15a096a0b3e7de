import logging, sys
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('%(levelname)s:%(name)s:%(message)s'))
root = logging.getLogger()
root.addHandler(h)
root.setLevel(logging.INFO)
app = logging.getLogger('app')
db = logging.getLogger('app.db')
print(db.parent is app, app.parent is root, db.name, logging.getLogger('app.db') is db)
db.info('from db')
app.info('from app')
db.propagate = False
db.info('not propagated, no handler')
db.propagate = True
app.setLevel(logging.ERROR)
db.warning('db effective level comes from app: %s', logging.getLevelName(db.getEffectiveLevel()))
db.error('db error passes')
print(db.isEnabledFor(logging.WARNING), db.isEnabledFor(logging.ERROR), db.level, app.level)
