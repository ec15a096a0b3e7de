import logging, sys
for style, fmt in [('%', '%(levelname)s|%(name)s|%(message)s'), ('{', '{levelname}|{name}|{message}'), ('$', '$levelname|$name|$message')]:
    log = logging.getLogger('style' + style)
    h = logging.StreamHandler(sys.stdout)
    h.setFormatter(logging.Formatter(fmt, style=style))
    log.addHandler(h)
    log.propagate = False
    log.warning('hello %s', style)
try:
    logging.Formatter('%(x)s', style='?')
except ValueError as e:
    print('ValueError', e)
