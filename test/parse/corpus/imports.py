import a
import a.b.c
import a as b, c.d as e
import a.b as c
from a import b
from a import b as c, d
from a.b import (c, d as e,)
from a import (b)
from . import x
from .. import y
from ... import z
from .... import w
from .a import b
from ..a.b import c
from ...a import *
from a import *
