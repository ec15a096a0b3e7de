import os, os.path, traceback, sys
from os.path import join, basename, dirname, splitext, split, normpath, isabs
print(os.sep, repr(os.linesep), os.name, os.path is sys.modules['os.path'])
print(join('a', 'b', 'c.txt'), join('/a/', 'b'), join('a', '/b'), basename('/x/y.py'), dirname('/x/y.py'), dirname('y'))
print(splitext('a/b.tar.gz'), splitext('.bashrc'), splitext('a.b/c'), split('/a/b/'), split('a'), split('//x'))
print(normpath('a//b/../c/./d'), normpath('/../a'), normpath(''), normpath('..//x/..'), isabs('/a'), isabs('a'))
print(os.path.abspath('/a/b/../c'), os.getenv('PYTS_NOPE'), os.getenv('PYTS_NOPE', 'dflt'), isinstance(os.getpid(), int))
print(os.path.exists('/definitely/not/here'), os.path.isdir('/definitely/not/here'))
def f():
    raise ValueError('boom')
try:
    f()
except ValueError:
    s = traceback.format_exc()
    print(s.splitlines()[0], s.splitlines()[-1])
    traceback.print_exc(file=sys.stdout)
try:
    f()
except ValueError as e:
    lines = traceback.format_exception(e)
    print(len(lines), lines[-1], end='')
    traceback.print_exception(e, file=sys.stdout)
    print(traceback.format_exception_only(e))
print(repr(traceback.format_exc()))
