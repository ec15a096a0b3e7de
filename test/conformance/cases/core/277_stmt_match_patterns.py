# match: every pattern kind against many subjects (literals, singletons, values, captures, sequences,
# mappings, class patterns with __match_args__, or/as patterns, guards), runtime errors, ABC subclasses.
import collections
from collections import deque, OrderedDict, defaultdict, namedtuple
from dataclasses import dataclass
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

@dataclass
class Point:
    x: int
    y: int

class P3:
    __match_args__ = ('a', 'b', 'c')
    def __init__(self, a, b, c):
        self.a, self.b, self.c = a, b, c
    def __repr__(self):
        return f'P3({self.a}, {self.b}, {self.c})'

class NoArgs:
    def __repr__(self):
        return 'NoArgs()'

Pair = namedtuple('Pair', 'left right')

def m(v):
    match v:
        case None:
            return 'None'
        case True:
            return 'True'
        case False:
            return 'False'
        case 0:
            return 'zero'
        case -1 | -2:
            return 'neg small'
        case 1.5:
            return 'one and a half'
        case 1 + 2j:
            return 'complex'
        case 'hello' | b'bytes':
            return 'greeting'
        case Color.RED:
            return 'red'
        case Color():
            return 'other color'
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return f'on y axis {y}'
        case Point(x, 0) if x > 10:
            return f'far on x {x}'
        case Point(x=px, y=py):
            return f'point {px},{py}'
        case P3(1, b, c=cc):
            return f'p3 {b} {cc}'
        case P3(a, b, c):
            return f'p3 {a} {b} {c}'
        case Pair(l, r):
            return f'pair {l} {r}'
        case int(n) if n > 100:
            return f'big int {n}'
        case int() | float():
            return 'number'
        case str(s):
            return f'str {s}'
        case []:
            return 'empty seq'
        case [x]:
            return f'one {x}'
        case [x, y] if x == y:
            return f'same pair {x}'
        case [1, *rest]:
            return f'starts with 1, rest {rest}'
        case [*init, 'end']:
            return f'ends with end after {init}'
        case [first, *_, last]:
            return f'first {first} last {last}'
        case {'type': 'circle', 'r': r}:
            return f'circle {r}'
        case {'type': t, **others} if others:
            return f'typed {t} others {others}'
        case {'k': [a, {'deep': d}]}:
            return f'deep {a} {d}'
        case {}:
            return 'some mapping'
        case ((a, b) as whole) | ([a, b, _, _, _, *_] as whole):
            return f'whole {whole}'
        case _:
            return 'default'

tests = [None, True, False, 0, 0.0, -1, -2, 1.5, 1+2j, 'hello', b'bytes', Color.RED, Color.GREEN,
         Point(0, 0), Point(0, 5), Point(20, 0), Point(3, 0), Point(3, 4), P3(1, 2, 3), P3(4, 5, 6),
         Pair('a', 'b'), 500, 7, 2.5, 'text', [], (), [9], (3, 3), [1, 2, 3], [0, 'end'], [5, 6, 7, 8],
         range(3), deque([1, 9]), {'type': 'circle', 'r': 2}, {'type': 'sq', 'side': 3}, {'type': 'x'},
         {'k': [1, {'deep': 2}]}, OrderedDict(a=1), defaultdict(int), {1, 2}, (1, 2, 3, 4, 5), bytearray(b'xy'),
         NoArgs(), 'x' * 3]
for t in tests:
    print(repr(t)[:40], '->', m(t))

# subject tuple and soft keywords as names
match = 'not a keyword'
case = 5
match 1, 2:
    case (a, b):
        print('tuple subject', a, b, match, case)
match [1, 2, 3]:
    case [*_]:
        print('star wildcard')
# the names bound by the matching case stay bound; guards see them
match {'a': 1, 'b': 2}:
    case {'a': x, **rest} if x > 5:
        print('no')
    case {'a': x, **rest}:
        print('rest', x, rest)
# a defaultdict is not changed by key lookups
dd = defaultdict(list)
match dd:
    case {'missing': _}:
        print('no')
    case _:
        print('dd unchanged', dict(dd))
# errors at match time
def err(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)
def bad_match_args():
    class C:
        __match_args__ = ['x']
    match C():
        case C(1): pass
err(bad_match_args)
def too_many():
    match P3(1, 2, 3):
        case P3(1, 2, 3, 4): pass
err(too_many)
def not_a_type():
    match 1:
        case len(): pass
err(not_a_type)
def dup_attr():
    match P3(1, 2, 3):
        case P3(1, a=2): pass
err(dup_attr)
def no_match_args():
    match NoArgs():
        case NoArgs(1): pass
err(no_match_args)
def self_match():
    match 5:
        case int(1, 2): pass
err(self_match)
class Seq(collections.abc.Sequence):
    def __getitem__(self, i): return [10, 20][i]
    def __len__(self): return 2
class Map(collections.abc.Mapping):
    def __getitem__(self, k): return {'q': 1}[k]
    def __len__(self): return 1
    def __iter__(self): return iter(['q'])
match Seq():
    case [a, b]: print('abc sequence', a, b)
match Map():
    case {'q': v}: print('abc mapping', v)
for s in ['abc', b'ab']:
    match s:
        case [*_]: print('str as seq?!')
        case _: print('str is not a sequence pattern')
# a pattern that fails half-way binds nothing; or-alternatives may capture in different orders
def partial(v):
    match v:
        case [first, 3] | {'x': first, 'y': 3}:
            return 'matched', first
    return 'unbound' if 'first' not in locals() else 'bound'
print(partial([1, 2]), partial([1, 3]), partial({'x': 5, 'y': 3}), partial({'x': 5, 'y': 4}))
for v in ([1, 2], (3, 4), {'k': 1, 'v': 2}, [9, 9, 9]):
    match v:
        case [a, b] | {'v': b, 'k': a} | [a, _, b] if a == b or a < b:
            print('ordered', a, b)
        case (x, y) if x > y:
            print('unreachable?', x, y)
        case _:
            print('other', v)
match (1, (2, [3, {'four': 4}]), 5):
    case (one, (two, [three, {'four': four}]) as mid, five) as whole:
        print(one, two, three, four, five, mid, whole)
