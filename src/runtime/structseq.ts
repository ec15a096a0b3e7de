// Struct sequences (CPython: Objects/structseq.c): tuple subclasses whose items are also readable by
// name, e.g. time.struct_time and sys.version_info. repr: `time.struct_time(tm_year=2024, ...)`.
// Fields beyond `visible` (time.struct_time's tm_zone, tm_gmtoff) are attributes only.

import type { PyValue } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { typeType } from '../objects/builtin-types.js';
import { PyTuple, tupleType } from '../objects/tuple.js';
import { defineGetSet } from '../objects/descriptors.js';
import { nativeMethod } from '../objects/native.js';
import { settle } from '../objects/object.js';
import * as ops from '../objects/ops.js';

export class PyStructSeq extends PyTuple {
  /** All fields' values (the tuple's items are the first `visible` of them). */
  all: PyValue[] = [];
}

export function makeStructSeqType(module: string, name: string, fields: readonly string[], visible = fields.length): PyType {
  const t = new PyType(typeType, name, [tupleType], (tp) => new PyStructSeq([], tp), false);
  t.ns.set('__module__', module);
  fields.forEach((f, i) => defineGetSet(t, f, (o) => (o as PyStructSeq).all[i]));
  t.ns.set('n_sequence_fields', visible);
  t.ns.set('n_fields', fields.length);
  t.setAttr(
    '__repr__',
    nativeMethod(name, '__repr__', (args) => {
      const self = args[0] as PyStructSeq;
      return (function* () {
        const parts: string[] = [];
        for (let i = 0; i < visible; i++) parts.push(`${fields[i]}=${yield* settle(ops.repr(self.all[i]))}`);
        return `${module}.${name}(${parts.join(', ')})`;
      })();
    }),
  );
  return t;
}

export function newStructSeq(t: PyType, values: PyValue[]): PyStructSeq {
  const visible = t.ns.get('n_sequence_fields') as number;
  const s = new PyStructSeq(values.slice(0, visible), t);
  s.all = values;
  return s;
}
