# A formatting error inside emit goes to Handler.handleError: '--- Logging error ---' on stderr.
import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(message)s")
logging.warning("ok %d", 1)
print("before")
sys.stdout.flush()
logging.raiseExceptions = False
logging.warning("silently dropped %d %d", 1)
print("after")
