// isGen: "is this a NativeGen still to be driven?" for helper results that may be JS arrays or
// tuples-as-arrays (SliceIdx, item lists). object.ts's isPending treats every non-PyObject object as
// pending, which is right for NativeResult but wrong for `PyValue[] | NativeGen`.

import { PyObject, type NativeGen } from './object.js';

export function isGen(x: unknown): x is NativeGen {
  return typeof x === 'object' && x !== null && !Array.isArray(x) && !(x instanceof PyObject);
}
