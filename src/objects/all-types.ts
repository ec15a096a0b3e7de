// Importing this module attaches every builtin data type's Python methods to its type object
// (each *-methods file calls type.define at load time). The runtime/builtins import it once.

import './float.js';
import './tuple.js';
import './tuple-methods.js';
import './list.js';
import './dict.js';
import './slice.js';
import './iterators.js';
import './dict-methods.js';
import './dict-views.js';
import './set.js';
import './int-methods.js';
import './float-methods.js';
import './str-methods.js';
import './format/format-methods.js';
import './bytes-methods.js';
import './range.js';
import './complex.js';
