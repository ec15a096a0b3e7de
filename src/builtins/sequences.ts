// Recognising the builtin sequences whose items natives may read directly (no Python code runs):
// exact list and tuple (and their subclasses only when they do not override __iter__), str by code
// point. Everything else goes through the iteration protocol (iterate.ts).

import type { PyValue } from '../objects/object.js';
import { PyTuple, tupleType } from '../objects/tuple.js';

/** The items of a list/tuple/str that can be read without running Python code, else undefined. */
export function fastItems(v: PyValue): PyValue[] | undefined {
  if (typeof v === 'string') return Array.from(v);
  if (v instanceof PyTuple && (v.type === tupleType || v.type.lookup('__iter__') === tupleType.lookup('__iter__'))) {
    return v.items;
  }
  return undefined;
}
