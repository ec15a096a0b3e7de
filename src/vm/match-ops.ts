// The VM side of the match statement (CPython 3.11 ceval.c: MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS,
// MATCH_CLASS and their helpers match_keys / match_class / match_class_attr). MATCH_KEYS and
// MATCH_CLASS may run Python code (a mapping's get, __match_args__, attribute lookups, isinstance):
// they are generators the eval loop runs as native frames.

import { PyObject, settle, type NativeGen, type PyValue } from '../objects/object.js';
import { PyType } from '../objects/type.js';
import { None, objectType, typeOf, boolType, intType, floatType, strType } from '../objects/builtin-types.js';
import { pyErr, isExcOf, AttributeError, TypeError, ValueError } from '../objects/exceptions.js';
import { PyTuple, pyTuple, tupleType } from '../objects/tuple.js';
import { listType } from '../objects/list.js';
import { PyDict, dictType } from '../objects/dict.js';
import { setType, frozensetType } from '../objects/set.js';
import { bytesType, bytearrayType } from '../objects/bytes.js';
import { rangeType } from '../objects/range.js';
import { mappingProxyType } from '../objects/mappingproxy.js';
import { isSequenceType, isMappingType, markSequence, markMapping } from '../objects/type-flags.js';
import * as ops from '../objects/ops.js';

markSequence(listType, tupleType, rangeType);
markMapping(dictType, mappingProxyType);

/** MATCH_SEQUENCE. */
export function matchSequence(v: PyValue): boolean {
  return isSequenceType(typeOf(v));
}

/** MATCH_MAPPING. */
export function matchMapping(v: PyValue): boolean {
  return isMappingType(typeOf(v));
}

/** MATCH_KEYS: the values of `keys` in `subject` (a tuple), or None when one is missing. */
export function* matchKeys(subject: PyValue, keys: PyTuple): NativeGen {
  if (keys.items.length === 0) return pyTuple([]);
  // subject.get(key, dummy): no __missing__ side effects (defaultdict), as CPython
  const get = yield* settle(ops.getAttr(subject, 'get'));
  const dummy = new PyObject(objectType);
  const seen = new PyDict();
  const values: PyValue[] = [];
  for (const key of keys.items) {
    if ((yield* settle(seen.getOr(key, None as PyValue))) === true) {
      throw pyErr(ValueError, `mapping pattern checks duplicate key (${(yield* settle(ops.repr(key))) as string})`);
    }
    yield* settle(seen.set(key, true));
    const v = yield* settle(ops.call(get, [key, dummy], null));
    if (v === dummy) return None;
    values.push(v);
  }
  return pyTuple(values);
}

/** Types whose single positional sub-pattern matches the subject itself (CPython: _Py_TPFLAGS_MATCH_SELF). */
const MATCH_SELF = [boolType, bytearrayType, bytesType, dictType, floatType, frozensetType, intType, listType, setType, strType, tupleType];

/** MATCH_CLASS: the attributes a class pattern extracts, or None when the subject does not match. */
export function* matchClass(subject: PyValue, cls: PyValue, nargs: number, kwargs: PyTuple): NativeGen {
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'called match pattern must be a type');
  if (!(yield* settle(ops.isInstance(subject, cls) as PyValue))) return None;
  const seen = new Set<string>();
  const attrs: PyValue[] = [];
  if (nargs > 0) {
    let matchArgs: PyValue[] = [];
    let matchSelf = false;
    let ma: PyValue | undefined;
    try {
      ma = yield* settle(ops.getAttr(cls, '__match_args__'));
    } catch (e) {
      if (!isExcOf(e, AttributeError)) throw e;
      matchSelf = MATCH_SELF.some((t) => cls.isSubtypeOf(t));
    }
    if (ma !== undefined) {
      if (!(ma instanceof PyTuple) || ma.type !== tupleType) {
        throw pyErr(TypeError, `${cls.name}.__match_args__ must be a tuple (got ${typeOf(ma).name})`);
      }
      matchArgs = ma.items;
    }
    const allowed = matchSelf ? 1 : matchArgs.length;
    if (allowed < nargs) {
      throw pyErr(TypeError, `${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${nargs} given)`);
    }
    if (matchSelf) attrs.push(subject);
    else {
      for (let i = 0; i < nargs; i++) {
        const name = matchArgs[i];
        if (typeof name !== 'string') throw pyErr(TypeError, `__match_args__ elements must be strings (got ${typeOf(name).name})`);
        const v = yield* classAttr(subject, cls, name, seen);
        if (v === undefined) return None;
        attrs.push(v);
      }
    }
  }
  for (const name of kwargs.items) {
    const v = yield* classAttr(subject, cls, name as string, seen);
    if (v === undefined) return None;
    attrs.push(v);
  }
  return pyTuple(attrs);
}

// CPython: match_class_attr. A missing attribute (AttributeError) is no match: undefined.
function* classAttr(subject: PyValue, cls: PyType, name: string, seen: Set<string>): Generator<any, PyValue | undefined, any> {
  if (seen.has(name)) throw pyErr(TypeError, `${cls.name}() got multiple sub-patterns for attribute '${name}'`);
  seen.add(name);
  try {
    return yield* settle(ops.getAttr(subject, name));
  } catch (e) {
    if (isExcOf(e, AttributeError)) return undefined;
    throw e;
  }
}
