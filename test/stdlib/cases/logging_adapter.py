# LoggerAdapter with extra and a process() override.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s [%(conn)s] %(message)s", level=logging.DEBUG)
ad = logging.LoggerAdapter(logging.getLogger("ad"), {"conn": "c1"})
ad.info("hello %s", "there")
ad.debug("dbg")

class Prefix(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return "[%s] %s" % (self.extra["conn"], msg), kwargs

p = Prefix(logging.getLogger("ad2"), {"conn": "c2"})
p.warning("prefixed")
print(p, ad.getEffectiveLevel(), ad.isEnabledFor(logging.DEBUG))
