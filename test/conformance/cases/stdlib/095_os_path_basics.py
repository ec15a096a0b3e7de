import os.path as p
import os
print(p.join('a', 'b', 'c.txt'), p.join('/root', 'x'), p.join('a', '/abs'))
print(p.split('/a/b/c.txt'), p.splitext('archive.tar.gz'), p.basename('/x/y/'), p.dirname('y.txt'))
print(p.normpath('/a/./b/../c//d'), p.isabs('rel'), p.exists(__file__), p.isfile(__file__), p.isdir(p.dirname(p.abspath(__file__))))
print(p.exists('/definitely/not/here'), os.sep, os.linesep == '\n', p.commonprefix(['abc', 'abd']))
print(type(os.getcwd()).__name__, os.getcwd() == p.dirname(p.abspath(__file__)))
print(os.environ.get('PYTHONHASHSEED'), 'PATH' in os.environ)
