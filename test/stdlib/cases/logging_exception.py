# exc_info / exception(): the traceback after the message (formatException).
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("exc")

def fail():
    return 1 / 0

try:
    fail()
except ZeroDivisionError:
    log.exception("caught %s", "it")
    logging.error("with exc_info", exc_info=True)

try:
    {}["k"]
except KeyError as e:
    log.error("instance", exc_info=e)
    log.warning("no exc_info")

