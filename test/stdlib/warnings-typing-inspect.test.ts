// Conformance of warnings, typing and inspect: cases/<module>_*.py run on pyts must print what CPython 3.11
// printed (NAME.expected.json, written by gen-expected.py with python3).
import { caseSuite } from './harness.js';

for (const prefix of ['warnings_', 'typing_', 'inspect_']) caseSuite(prefix);
