# stack_info, stacklevel, extra, bad extra keys, non-int level.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(levelname)s %(funcName)s:%(lineno)d %(message)s")
log = logging.getLogger("exc")

def helper():
    log.warning("stacklevel 2", stacklevel=2)
    log.warning("stacklevel 1")

def caller():
    helper()

caller()
log.warning("huge stacklevel", stacklevel=50)

def deep():
    log.warning("with stack", stack_info=True)
deep()

logging.root.handlers[0].setFormatter(logging.Formatter("%(user)s %(message)s"))
log.warning("extra", extra={"user": "bob"})
try:
    log.warning("bad extra", extra={"message": "x"})
except KeyError as e:
    print("KeyError", e)
try:
    log.warning("bad extra", extra={"lineno": 1})
except KeyError as e:
    print("KeyError", e)
try:
    log.log("INFO", "level must be int")
except TypeError as e:
    print("TypeError", e)
