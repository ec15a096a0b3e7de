# Python subclasses of Handler, Formatter, Filter, Logger; filters as callables; handler lock API.
import logging
import sys

records = []

class Collect(logging.Handler):
    def emit(self, record):
        records.append((record.levelname, self.format(record)))

class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper()

class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0

log = logging.getLogger("sub")
log.propagate = False
h = Collect()
h.setFormatter(Upper("%(name)s: %(message)s"))
log.addHandler(h)
log.setLevel(logging.DEBUG)
for i in range(4):
    log.info("n=%d", i)
h.addFilter(OnlyEven())
for i in range(4):
    log.info("even? %d", i)
log.addFilter(lambda r: "skip" not in r.getMessage())
log.info("please skip %d", 2)
log.info("keep %d", 4)
print(records)
print(logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.b.c"})),
      logging.Filter("a.b").filter(logging.makeLogRecord({"name": "a.bc"})),
      logging.Filter("").filter(logging.makeLogRecord({"name": "x"})))

class Base(logging.Handler):
    pass
try:
    lg = logging.getLogger("noemit")
    lg.propagate = False
    lg.addHandler(Base())
    lg.error("x")
except NotImplementedError as e:
    print("NotImplementedError", e)

h2 = logging.StreamHandler(sys.stdout)
h2.acquire(); h2.release()
print(h2, h2.terminator == "\n", h2.stream is sys.stdout, h2.level, h2.formatter, h2.name)
h2.set_name("named"); print(h2.get_name(), h2.name)
h2.terminator = " <END>\n"
l2 = logging.getLogger("term"); l2.propagate = False; l2.addHandler(h2)
l2.warning("custom terminator")
print(logging.StreamHandler(), logging.NullHandler())

class MyLogger(logging.Logger):
    def makeRecord(self, *args, **kwargs):
        rv = super().makeRecord(*args, **kwargs)
        rv.tag = "T"
        return rv
logging.setLoggerClass(MyLogger)
ml = logging.getLogger("mine")
logging.setLoggerClass(logging.Logger)
print(type(ml).__name__, logging.getLoggerClass().__name__)
mh = logging.StreamHandler(sys.stdout)
mh.setFormatter(logging.Formatter("%(tag)s %(message)s"))
ml.addHandler(mh); ml.propagate = False
ml.warning("with tag")
nh = logging.NullHandler()
nl = logging.getLogger("null"); nl.propagate = False; nl.addHandler(nh)
nl.error("nothing printed")
