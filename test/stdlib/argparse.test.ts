// argparse conformance: cases/argparse_*.py against CPython 3.11's output (harness.ts). The seed
// programs' -h and usage-error runs are in the seed_* cases (logging.test.ts).
import { caseSuite } from './harness.js';

caseSuite('argparse_');
