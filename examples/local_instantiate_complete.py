# Completes the seed fragment local_instantiate.py (verbatim from the tutorial).
import threading

local = threading.local()

local.x = 10
print(local.x)
