# Formatter: the three styles, datefmt, the default asctime with milliseconds, record attributes.
# mask: \d\d/\d\d/\d{4} \d\d:\d\d:\d\d
import logging
import sys

h = logging.StreamHandler(sys.stdout)
log = logging.getLogger("fmt")
log.addHandler(h)
log.setLevel(logging.DEBUG)
log.propagate = False

def show(fmt, style="%", datefmt=None):
    h.setFormatter(logging.Formatter(fmt, datefmt, style))
    log.info("hello %s", "world")

show("%(asctime)s|%(message)s")
show("%(asctime)s|%(message)s", datefmt="%d/%m/%Y %H:%M:%S")
show("%(levelname)-8s|%(levelno)3d|%(name)s|%(filename)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s")
show("{levelname}:{name}:{message}:{lineno}", style="{")
show("${levelname}:${name}:${message}", style="$")
show("%(threadName)s %(processName)s %(msg)s %(args)s")

def inner():
    log.warning("from inner")
h.setFormatter(logging.Formatter("%(funcName)s:%(lineno)d %(message)s"))
inner()

class C:
    def method(self):
        log.error("from method")
C().method()

r = logging.LogRecord("n", logging.INFO, "/x/y/mod.py", 7, "m %s", ("a",), None)
print(r.name, r.levelname, r.levelno, r.pathname, r.filename, r.module, r.lineno, r.msg, r.args, r.getMessage())
print(r.exc_info, r.exc_text, r.stack_info, r.funcName, type(r.created).__name__, type(r.msecs).__name__)
print(repr(r))
f = logging.Formatter()
print(f.format(r), repr(f._fmt), f.datefmt, f.default_time_format, f.default_msec_format)
print(logging.Formatter("%(message)s").usesTime(), logging.Formatter("%(asctime)s").usesTime())
for fmt, style in [("no field", "%"), ("{bad", "{"), ("nothing", "$"), ("x", "?")]:
    try:
        logging.Formatter(fmt, style=style)
    except ValueError as e:
        print("ValueError", e)
f = logging.Formatter("%(message)s %(custom)s", defaults={"custom": "dflt"})
print(f.format(r))
try:
    logging.Formatter("%(nope)s").format(r)
except (KeyError, ValueError) as e:
    print(type(e).__name__, e)
