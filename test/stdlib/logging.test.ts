// logging conformance: cases/logging_*.py and the seed's logging programs (cases/seed_*.py), against
// CPython 3.11's output (see harness.ts for the comparison rules).
import { caseSuite } from './harness.js';

caseSuite('logging_');
caseSuite('seed_');
