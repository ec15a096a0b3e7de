# FileHandler (through open()), filemode, basicConfig(filename=), handler repr, shutdown.
import logging
import os

logging.basicConfig(filename="out.log", filemode="w", format="%(levelname)s:%(message)s", level=logging.INFO)
logging.info("first")
logging.warning("second %s", 2)
h = logging.root.handlers[0]
print(type(h).__name__, h.baseFilename == os.path.abspath("out.log"), h.mode, repr(h).startswith("<FileHandler "), repr(h).endswith(" (NOTSET)>"))
logging.shutdown()
with open("out.log") as f:
    print(repr(f.read()))
fh = logging.FileHandler("out.log")
fh.setFormatter(logging.Formatter("appended %(message)s"))
lg = logging.getLogger("f")
lg.addHandler(fh)
lg.error("third")
fh.close()
with open("out.log") as f:
    print(repr(f.read()))
os.remove("out.log")
