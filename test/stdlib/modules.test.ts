// Conformance of abc, io, itertools, functools, collections (+ collections.abc), contextlib, weakref,
// os/os.path, traceback and misc small modules:
// cases/<module>_*.py run on pyts must print what CPython 3.11 printed (NAME.expected.json, written by
// gen-expected.py with python3). The seed's pure-Python local/_localimpl/_patch is covered by
// test/threading/seed-programs.test.ts (examples/threading_local_module_complete.py) and conformance
// case threads/121.
import { caseSuite } from './harness.js';

for (const prefix of ['abc_', 'collections_', 'contextlib_', 'functools_', 'io_', 'itertools_', 'misc_', 'os_', 'weakref_']) caseSuite(prefix);
