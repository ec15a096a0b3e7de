# getLogger's dotted hierarchy, placeholders, propagation, handlers and levels along the chain.
import logging
import sys

class ListHandler(logging.Handler):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
    def emit(self, record):
        print(self.tag, self.format(record))

abc = logging.getLogger("a.b.c")
a = logging.getLogger("a")
print(abc.parent is a, a.parent is logging.root)
ab = logging.getLogger("a.b")
print(abc.parent is ab, ab.parent is a)
print(logging.getLogger("a.b") is ab, a.getChild("b") is ab, a.getChild("b.c") is abc)
print(abc, ab, a, abc.name, abc.level, abc.getEffectiveLevel())
a.setLevel(logging.INFO)
print(abc, abc.getEffectiveLevel(), abc.isEnabledFor(logging.DEBUG), abc.isEnabledFor(logging.INFO))
a.addHandler(ListHandler("A"))
ab.addHandler(ListHandler("AB"))
logging.root.addHandler(ListHandler("ROOT"))
abc.info("to all three")
abc.debug("filtered by level")
ab.propagate = False
abc.warning("stops at a.b")
ab.propagate = True
print(abc.hasHandlers(), logging.getLogger("zzz").hasHandlers())
h = ab.handlers[0]
h.setLevel(logging.ERROR)
abc.warning("AB handler level error: skipped there")
ab.removeHandler(h)
print(len(ab.handlers), ab.handlers)
abc.disabled = True
abc.error("disabled logger")
abc.disabled = False
try:
    logging.getLogger(3)
except TypeError as e:
    print("TypeError", e)
print(sorted(k for k in logging.Logger.manager.loggerDict))
print(logging.getLogger("a.b.c.d").parent is abc)
logging.getLogger("x.y").info("only root: %s", "ok")
lvl = logging.getLogger("lvl")
lvl.setLevel("WARNING")
print(lvl.level, logging.getLevelName(lvl.getEffectiveLevel()))
