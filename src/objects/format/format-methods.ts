// int.__format__ and float.__format__ (str.__format__ is in str-methods.ts), on the spec engine.

import type { PyValue } from '../object.js';
import { intType, floatType, typeOf } from '../builtin-types.js';
import { pyErr, TypeError } from '../exceptions.js';
import { methodTable } from '../native.js';
import { intValue } from '../int.js';
import { PyFloat } from '../float.js';
import { strValue } from '../str.js';
import { formatInt, formatFloat } from './spec.js';
import * as ops from '../ops.js';

function specArg(v: PyValue): string {
  const s = strValue(v);
  if (s === undefined) throw pyErr(TypeError, `format() argument 2 must be str, not ${typeOf(v).name}`);
  return s;
}

intType.define(methodTable('int', {
  __format__: (args) => {
    const spec = specArg(args[1]);
    const self = args[0];
    // an empty spec is str(self): 'True' for bools, a subclass's own __str__
    if (spec === '') return typeof self === 'number' || typeof self === 'bigint' ? String(self) : (ops.str(self) as string);
    return formatInt(intValue(self)!, spec, typeOf(self).name);
  },
}));

floatType.define(methodTable('float', {
  __format__: (args) => {
    const spec = specArg(args[1]);
    const self = args[0] as PyFloat;
    if (spec === '' && self.type !== floatType) return ops.str(self) as string;
    return formatFloat(self.value, spec, typeOf(self).name);
  },
}));
