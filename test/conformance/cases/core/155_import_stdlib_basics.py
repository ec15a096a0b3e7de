import sys, os, math as m
import os.path
from os import path as p
print(m.sqrt(16), p.join('a', 'b'), os.path.basename('/x/y.py'), os.path.splitext('f.tar.gz'), os.sep)
print(type(sys.argv).__name__, sys.argv[0], type(sys.path).__name__, sys.version_info[:2] >= (3, 8), sys.maxsize == 2 ** 63 - 1)
print(os.path.dirname('/a/b/c.txt'), os.path.isabs('/a'), os.path.normpath('a//b/../c'))
print(sys.platform in ('linux', 'darwin', 'win32', 'emscripten', 'browser'), isinstance(sys.modules, dict))
