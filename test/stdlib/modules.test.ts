// Conformance of abc, io, itertools, functools, collections (+ collections.abc), contextlib, weakref,
// os/os.path, traceback and misc small modules:
// cases/<module>_*.py run on pyts must print what CPython 3.11 printed (NAME.expected.json, written by
// gen-expected.py with python3). weakref_seed_local.py is the seed's pure-Python local/_localimpl/_patch
// used as a drop-in threading.local (needs weakref.ref callbacks, contextmanager, __slots__).
import { caseSuite } from './harness.js';

for (const prefix of ['abc_', 'collections_', 'contextlib_', 'functools_', 'io_', 'itertools_', 'misc_', 'os_', 'weakref_']) caseSuite(prefix);
