# Module-level functions, the root logger, lastResort, levels and level names.
import logging
import sys

logging.warning("before config: %s", "lastResort prints only the message")
logging.info("not shown")
print(logging.root, logging.getLogger(), logging.getLogger() is logging.root)
print(logging.getLevelName(10), logging.getLevelName(25), logging.getLevelName("INFO"), logging.getLevelName("nope"))
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.WARN, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.NOTSET)
logging.basicConfig(stream=sys.stdout, level="DEBUG")
logging.debug("debug %d", 1)
logging.info("info %s %r", "a", "b")
logging.warning("warning")
logging.error("error")
logging.critical("critical")
logging.log(25, "notice level")
logging.log(logging.INFO, "mapping: %(a)s %(b)d", {"a": "A", "b": 2})
logging.warning("percent %% literal")
logging.warning(42)
logging.warning(["not", "a", "string"])
print(logging.root.level, logging.root.getEffectiveLevel(), logging.root.isEnabledFor(5))
logging.basicConfig(level=logging.ERROR)  # ignored: root already has a handler
print(logging.root.level)
logging.basicConfig(stream=sys.stdout, format="%(levelname)s|%(message)s", level=logging.WARNING, force=True)
logging.info("hidden")
logging.warning("forced new config")
logging.disable(logging.WARNING)
logging.warning("disabled")
logging.error("error still shown")
logging.disable(logging.NOTSET)
logging.warning("enabled again")
for bad in [{"foo": 1}, {"stream": sys.stdout, "filename": "x.log"}, {"style": "#"}, {"format": "no fields", "force": True}]:
    try:
        logging.basicConfig(**bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for lvl in ["LOUD", 1.5]:
    try:
        logging.root.setLevel(lvl)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
