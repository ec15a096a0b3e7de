// The `enum` module (CPython: Lib/enum.py, 3.11): EnumType (EnumMeta), Enum, ReprEnum, IntEnum, StrEnum,
// Flag, IntFlag, FlagBoundary (STRICT/CONFORM/EJECT/KEEP), auto, unique, member/nonmember.
//
// The metaclass is native. A `class Color(Enum):` statement goes through the VM's __build_class__:
//   EnumType.__prepare__  -> an _EnumDict (a native dict subclass whose __setitem__ records member names
//                            in definition order, resolves auto() through _generate_next_value_, and
//                            rejects reused names and reserved _sunder_ names with CPython's texts);
//   the class body runs with it as its locals (STORE_NAME calls our __setitem__);
//   EnumType.__new__      -> type.__new__ on the non-member names, then creates each member in order
//                            (the data type's or the user's __new__, `_value_`, `_name_`, __init__(*args)),
//                            detects aliases by value, and fills the Python-visible bookkeeping that
//                            CPython keeps: _member_names_, _member_map_, _value2member_map_, _member_type_,
//                            and for flags _flag_mask_, _singles_mask_, _all_bits_, _boundary_.
// Members are ordinary instances of the enum class (of an int/str subclass for IntEnum/StrEnum), stored
// in the class namespace, so `Color.RED` is a plain class attribute lookup.
//
// The base classes (Enum, ReprEnum, IntEnum, StrEnum, Flag, IntFlag) are created through this same
// EnumType.__new__, with native methods as their class bodies, so user enums subclass them like in CPython.
// Not implemented: _order_ alias subtleties, enum.property / DynamicClassAttribute (name/value are plain
// properties), the DeprecationWarnings CPython 3.11 prints for `3 in Color`, global_enum, verify.

import { PyObject, type KwArgs, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, builtinType, typeOf, typeType, objectType, intType, strType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, AttributeError, KeyError, excTypes, isExcOf, PyBaseException } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn, methodTable } from '../src/objects/native.js';
import { PyDict, dictType } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyProperty, propertyType, classMethod, PyStaticMethod, PyClassMethod } from '../src/objects/descriptors.js';
import { mappingProxy } from '../src/objects/mappingproxy.js';
import { objectNew } from '../src/objects/object-methods.js';
import { typeNew } from '../src/objects/typeobject.js';
import { intValue, toBig } from '../src/objects/int.js';
import { PyFunction } from '../src/objects/function.js';
import * as ops from '../src/objects/ops.js';
import { BinOp } from '../src/objects/ops.js';
import { currentThread } from '../src/vm/thread.js';
import { runSync, getA, getOpt, callF, reprOf, strOf, truth, itemsOf, type G } from './lib/pyclass.js';
import { defineModule } from './index.js';

const MOD = 'enum';

function* drive(r: unknown): G {
  if (typeof r !== 'object' || r === null || r instanceof PyObject) return r as PyValue;
  return yield* r as G;
}

/** An attribute from an instance's own __dict__ (members keep _name_/_value_ there). */
function own(o: PyValue, k: string): PyValue | undefined {
  return o instanceof PyObject && o.dict !== null ? o.dict.getStr(k) : undefined;
}
function setOwn(o: PyValue, k: string, v: PyValue): void {
  const obj = o as PyObject;
  (obj.dict ??= new PyDict()).setStr(k, v);
}

function* mValue(m: PyValue): G {
  return own(m, '_value_') ?? (yield* getA(m, '_value_'));
}
function* mName(m: PyValue): G {
  return own(m, '_name_') ?? (yield* getA(m, '_name_'));
}

function clsAttr(cls: PyType, k: string): PyValue | undefined {
  return cls.lookup(k);
}
function memberMap(cls: PyType): PyDict {
  const d = clsAttr(cls, '_member_map_');
  return d instanceof PyDict ? d : new PyDict();
}
function memberNames(cls: PyType): PyList {
  const l = clsAttr(cls, '_member_names_');
  return l instanceof PyList ? l : new PyList([]);
}
function value2member(cls: PyType): PyDict {
  const d = clsAttr(cls, '_value2member_map_');
  return d instanceof PyDict ? d : new PyDict();
}

function isDunder(n: string): boolean {
  return n.length > 4 && n.startsWith('__') && n.endsWith('__') && n[2] !== '_' && n[n.length - 3] !== '_';
}
function isSunder(n: string): boolean {
  return n.length > 2 && n[0] === '_' && n[n.length - 1] === '_' && n[1] !== '_' && n[n.length - 2] !== '_';
}
function isPrivate(clsName: string, n: string): boolean {
  const pat = `_${clsName.replace(/^_+/, '')}__`;
  return n.startsWith(pat) && n.length > pat.length && !(n.endsWith('_') && n.endsWith('__'));
}
function isDescriptor(v: PyValue): boolean {
  const t = typeOf(v);
  return t.lookup('__get__') !== undefined || t.lookup('__set__') !== undefined || t.lookup('__delete__') !== undefined;
}

// ---------------------------------------------------------------------------------------------------
// auto, member, nonmember

class PyAuto extends PyObject {
  value: PyValue = None;
  resolved = false;
}
const autoNull = new PyObject(objectType);
export const autoType = builtinType('auto');
autoType.ns.set('__module__', MOD);
autoType.alloc = (t) => new PyAuto(t);
autoType.define(methodTable('auto', {
  __init__: (a) => {
    const s = a[0] as PyAuto;
    s.value = a[1] ?? autoNull;
    s.resolved = a[1] !== undefined;
    return None;
  },
  __repr__: (a) => (function* (): G {
    const s = a[0] as PyAuto;
    return `auto(${s.value === autoNull ? '_auto_null' : yield* reprOf(s.value)})`;
  })(),
  value: new PyProperty(propertyType),
}));
(autoType.ns.get('value') as PyProperty).fget = nativeFunction('value', (a) => (a[0] as PyAuto).value === autoNull ? '_auto_null' : (a[0] as PyAuto).value);

function wrapperClass(name: string): PyType {
  const t = builtinType(name);
  t.ns.set('__module__', MOD);
  t.instancesHaveDict = true;
  t.define({
    __init__: nativeMethod(name, '__init__', (a) => {
      setOwn(a[0], 'value', a[1]);
      return None;
    }),
  });
  return t;
}
const memberWrapType = wrapperClass('member');
const nonmemberWrapType = wrapperClass('nonmember');

// ---------------------------------------------------------------------------------------------------
// _EnumDict

class PyEnumDict extends PyDict {
  clsName = '';
  memberNames: string[] = [];
  lastValues: PyValue[] = [];
  ignore: string[] = [];
  autoCalled = false;
  gnv: PyValue = None;
}
export const enumDictType = builtinType('_EnumDict', dictType);
enumDictType.ns.set('__module__', MOD);
enumDictType.alloc = (t) => new PyEnumDict(t);

const RESERVED_SUNDERS = ['_order_', '_generate_next_value_', '_numeric_repr_', '_missing_', '_ignore_', '_iter_member_', '_iter_member_by_value_', '_iter_member_by_def_'];

/** CPython: _EnumDict.__setitem__. */
function* enumDictSet(d: PyEnumDict, key: string, value: PyValue): G {
  if (isPrivate(d.clsName, key)) {
    // a normal attribute
  } else if (isSunder(key)) {
    if (!RESERVED_SUNDERS.includes(key)) {
      throw pyErr(ValueError, `_sunder_ names, such as '${key}', are reserved for future Enum use`);
    }
    if (key === '_generate_next_value_') {
      if (d.autoCalled) throw pyErr(TypeError, '_generate_next_value_ must be defined before members');
      d.gnv = value instanceof PyStaticMethod ? value.fn : value;
    } else if (key === '_ignore_') {
      const names = typeof value === 'string' ? value.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : (yield* itemsOf(value)).map(String);
      d.ignore = names;
      const already = names.filter((n) => d.memberNames.includes(n));
      if (already.length) throw pyErr(ValueError, `_ignore_ cannot specify already set names: {${already.map((n) => `'${n}'`).join(', ')}}`);
    }
  } else if (isDunder(key)) {
    if (key === '__order__') key = '_order_';
  } else if (d.memberNames.includes(key)) {
    throw pyErr(TypeError, `'${key}' already defined as ${yield* reprOf(d.getStr(key)!)}`);
  } else if (d.ignore.includes(key)) {
    // ignored
  } else if (value instanceof PyObject && typeOf(value) === nonmemberWrapType) {
    value = own(value, 'value') ?? None;
  } else if (isDescriptor(value)) {
    // methods, properties...
  } else {
    if (d.hasStr(key)) throw pyErr(TypeError, `'${key}' already defined as ${yield* reprOf(d.getStr(key)!)}`);
    if (value instanceof PyObject && typeOf(value) === memberWrapType) value = own(value, 'value') ?? None;
    let nonAutoStore = true;
    const single = value instanceof PyAuto;
    let vals: PyValue[] | null = single ? [value] : value instanceof PyTuple && value.type.name === 'tuple' && value.items.some((v) => v instanceof PyAuto) ? value.items : null;
    if (vals !== null) {
      const out: PyValue[] = [];
      for (let v of vals) {
        if (v instanceof PyAuto) {
          nonAutoStore = false;
          if (!v.resolved) {
            v.value = yield* callF(d.gnv, [key, 1, d.memberNames.length, new PyList(d.lastValues.slice())]);
            v.resolved = true;
            d.autoCalled = true;
          }
          v = v.value;
          d.lastValues.push(v);
        }
        out.push(v);
      }
      value = single ? out[0] : pyTuple(out);
      vals = null;
    }
    d.memberNames.push(key);
    if (nonAutoStore) d.lastValues.push(value);
  }
  d.setStr(key, value);
  return None;
}

enumDictType.define(methodTable('_EnumDict', {
  __setitem__: (a) => {
    if (typeof a[1] !== 'string') return (a[0] as PyDict).set(a[1], a[2]);
    return enumDictSet(a[0] as PyEnumDict, a[1], a[2]);
  },
  update: (a, kw) => (function* (): G {
    const d = a[0] as PyEnumDict;
    if (a[1] !== undefined) {
      const src = a[1];
      if (src instanceof PyDict) for (const [k, v] of src.entries()) yield* enumDictSet(d, k as string, v);
      else for (const kv of yield* itemsOf(src)) {
        const [k, v] = yield* itemsOf(kv);
        yield* enumDictSet(d, k as string, v);
      }
    }
    if (kw) for (const [k, v] of kw) yield* enumDictSet(d, k, v);
    return None;
  })(),
}));

// ---------------------------------------------------------------------------------------------------
// EnumType

let Enum: PyType | null = null;
let ReprEnum: PyType | null = null;
let Flag: PyType | null = null;
let boundaries: Record<'STRICT' | 'CONFORM' | 'EJECT' | 'KEEP', PyValue> | null = null;

export const EnumType: PyType = runSync(typeNew.fn([typeType, 'EnumType', pyTuple([typeType]), (() => {
  const d = new PyDict();
  d.setStr('__module__', MOD);
  d.setStr('__qualname__', 'EnumType');
  d.setStr('__doc__', 'Metaclass for Enum');
  return d;
})()], null)) as PyType;

// type.__new__ gives a subclass of `type` an instance-__dict__ descriptor that hides type's own
// `__dict__` (the class namespace); CPython's type has tp_dictoffset, so it never does. Drop it.
EnumType.deleteAttr('__dict__');

function isEnumClass(v: PyValue): boolean {
  return v instanceof PyType && typeOf(v).isSubtypeOf(EnumType);
}
function isFlagClass(t: PyType): boolean {
  return Flag !== null && t.isSubtypeOf(Flag);
}

function reprEnumClass(t: PyType): string {
  return isFlagClass(t) ? `<flag '${t.name}'>` : `<enum '${t.name}'>`;
}

/** CPython: EnumType._check_for_existing_members_. */
function checkExistingMembers(name: string, bases: PyValue[]): void {
  for (const chain of bases) {
    if (!(chain instanceof PyType)) continue;
    for (const b of chain.mro) {
      if (isEnumClass(b) && memberNames(b).items.length) {
        throw pyErr(TypeError, `<enum '${name}'> cannot extend ${reprEnumClass(b)}`);
      }
    }
  }
}

/** CPython: EnumType._find_data_type_. */
function findDataType(name: string, bases: PyValue[]): PyType | null {
  const dataTypes: PyType[] = [];
  for (const chain of bases) {
    if (!(chain instanceof PyType)) continue;
    let candidate: PyType | null = null;
    for (const base of chain.mro) {
      if (base === objectType) continue;
      if (isEnumClass(base)) {
        const mt = clsAttr(base, '_member_type_');
        if (mt instanceof PyType && mt !== objectType) {
          if (!dataTypes.includes(mt)) dataTypes.push(mt);
          break;
        }
      } else if (base.ns.has('__new__') || base.ns.has('__init__')) {
        const dt = candidate ?? base;
        if (!dataTypes.includes(dt)) dataTypes.push(dt);
        break;
      } else {
        candidate ??= base;
      }
    }
  }
  if (dataTypes.length > 1) throw pyErr(TypeError, `too many data types for '${name}': {${dataTypes.map((t) => `<class '${t.name}'>`).join(', ')}}`);
  return dataTypes[0] ?? null;
}

/** CPython: EnumType._get_mixins_ -> [member_type, first_enum]. */
function getMixins(name: string, bases: PyValue[]): [PyType, PyType | null] {
  if (bases.length === 0) return [objectType, Enum];
  const first = bases[bases.length - 1];
  if (!isEnumClass(first)) {
    throw pyErr(TypeError, 'new enumerations should be created as `EnumName([mixin_type, ...] [data_type,] enum_type)`');
  }
  return [findDataType(name, bases) ?? objectType, first as PyType];
}

const prepareFn = classMethod(nativeFunction('__prepare__', (a) => {
  const [, name, basesT] = a;
  const bases = basesT instanceof PyTuple ? basesT.items : [];
  checkExistingMembers(name as string, bases);
  const d = new PyEnumDict(enumDictType);
  d.clsName = name as string;
  const [, firstEnum] = getMixins(name as string, bases);
  if (firstEnum !== null) {
    const g = firstEnum.lookup('_generate_next_value_') ?? None;
    d.gnv = g instanceof PyStaticMethod ? g.fn : g;
    d.setStr('_generate_next_value_', g);
  }
  return d;
}));

/** Unwrap a __new__ found in a namespace so that it can be called as fn(cls, *args). */
function newCallable(v: PyValue): PyValue {
  return v instanceof PyStaticMethod ? v.fn : v;
}

/** CPython: EnumType._find_new_ -> [__new__, save_new, use_args]. */
function findNew(classdict: PyDict, memberType: PyType, firstEnum: PyType | null): [PyValue, boolean, boolean] {
  const own = classdict.getStr('__new__');
  if (own !== undefined && own !== None) return [newCallable(own), true, true];
  for (const method of ['__new_member__', '__new__']) {
    for (const possible of [memberType, firstEnum]) {
      if (possible === null) continue;
      const target = possible.lookup(method);
      if (target === undefined || target === None || target === objectNew || target === enumNewFn) continue;
      return [newCallable(target), false, true];
    }
  }
  return [objectNew, false, false];
}

interface BuildOpts {
  boundary?: PyValue;
  kw: KwArgs;
}

/** EnumType.__new__(metacls, name, bases, classdict, *, boundary=None, _simple=False, **kwds). */
function* enumTypeNew(meta: PyType, name: string, basesT: PyTuple, classdict: PyDict, opts: BuildOpts): G {
  const bases = basesT.items;
  const ed = classdict instanceof PyEnumDict ? classdict : null;
  // _ignore_
  const ignore = ed ? ed.ignore.slice() : [];
  for (const k of [...ignore, '_ignore_']) classdict.delStr(k);
  const mnames = ed ? ed.memberNames.filter((n) => !ignore.includes(n)) : [];
  const invalid = mnames.filter((n) => n === 'mro' || n === '');
  if (invalid.length) throw pyErr(ValueError, `invalid enum member name(s) ${invalid.map((n) => `'${n}'`).join(',')}`);
  let order = classdict.getStr('_order_');
  classdict.delStr('_order_');

  const [memberType, firstEnum] = getMixins(name, bases);
  const [newMember, saveNew, useArgs] = findNew(classdict, memberType, firstEnum);

  // the class namespace without the members
  const ns = new PyDict();
  const memberValues = new Map<string, PyValue>();
  for (const [k, v] of classdict.entries()) {
    if (typeof k === 'string' && mnames.includes(k)) memberValues.set(k, v);
    else yield* drive(ns.set(k, v));
  }
  ns.setStr('_new_member_', newMember);
  ns.setStr('_use_args_', useArgs);
  ns.setStr('_member_names_', new PyList([]));
  ns.setStr('_member_map_', new PyDict());
  ns.setStr('_value2member_map_', new PyDict());
  ns.setStr('_unhashable_values_', new PyList([]));
  ns.setStr('_member_type_', memberType);
  ns.setStr('_value_repr_', None);
  const flagLike = Flag !== null ? bases.some((b) => b instanceof PyType && b.isSubtypeOf(Flag!)) : name === 'Flag';
  if (flagLike) {
    ns.setStr('_boundary_', opts.boundary ?? (firstEnum ? clsAttr(firstEnum, '_boundary_') : undefined) ?? None);
    ns.setStr('_flag_mask_', 0);
    ns.setStr('_singles_mask_', 0);
    ns.setStr('_all_bits_', 0);
    ns.setStr('_inverted_', None);
  }
  const cls = (yield* drive(typeNew.fn([meta, name, basesT, ns], opts.kw))) as PyType;

  // ReprEnum: str() and format() of the data type
  if (ReprEnum !== null && bases.includes(ReprEnum)) {
    if (memberType === objectType) throw pyErr(TypeError, 'ReprEnum subclasses must be mixed with a data type (i.e. int, str, float, etc.)');
    if (!classdict.hasStr('__format__')) cls.setAttr('__format__', memberType.lookup('__format__')!);
    if (!classdict.hasStr('__str__')) {
      let m = memberType.lookup('__str__')!;
      if (m === objectType.lookup('__str__')) m = memberType.lookup('__repr__')!;
      cls.setAttr('__str__', m);
    }
  }
  if (firstEnum !== null) {
    for (const k of ['__repr__', '__str__', '__format__', '__reduce_ex__']) {
      if (classdict.hasStr(k) || (k !== '__repr__' && k !== '__reduce_ex__' && ReprEnum !== null && bases.includes(ReprEnum))) continue;
      const found = cls.lookup(k);
      if (found === memberType.lookup(k) || found === objectType.lookup(k)) cls.setAttr(k, firstEnum.lookup(k)!);
    }
  }
  if (Flag !== null && cls.isSubtypeOf(Flag)) {
    for (const k of ['__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__', '__invert__']) {
      if (!classdict.hasStr(k)) cls.setAttr(k, Flag.ns.get(k)!);
    }
  }
  if (Enum !== null) {
    if (saveNew) cls.setAttr('__new_member__', newMember);
    cls.setAttr('__new__', enumNewFn);
  }

  // the members, in definition order (CPython: _proto_member.__set_name__)
  const isFlag = Flag !== null && cls.isSubtypeOf(Flag);
  const names = memberNames(cls);
  const mmap = memberMap(cls);
  const v2m = value2member(cls);
  for (const mname of mnames) {
    const value = memberValues.get(mname)!;
    let args = value instanceof PyTuple && value.type === typeOf(pyTuple([])) ? value.items.slice() : [value];
    if (memberType.name === 'tuple' && !memberType.isHeapType) args = [pyTuple(args)];
    const member = useArgs ? yield* callF(newMember, [cls, ...args]) : yield* callF(newMember, [cls]);
    if (own(member, '_value_') === undefined && (yield* getOpt(member, '_value_')) === undefined) {
      if (memberType === objectType) setOwn(member, '_value_', value);
      else {
        try {
          setOwn(member, '_value_', yield* callF(memberType, args));
        } catch (e) {
          if (!(e instanceof PyBaseException)) throw e;
          const err = pyErr(TypeError, '_value_ not set in __new__, unable to create it');
          err.cause = e;
          throw err;
        }
      }
    }
    let mv = yield* mValue(member);
    setOwn(member, '_name_', mname);
    setOwn(member, '__objclass__', cls);
    yield* callF(yield* getA(member, '__init__'), args);
    setOwn(member, '_sort_order_', names.items.length);
    if (isFlag) {
      const iv = intValue(mv);
      if (iv !== undefined) {
        const fm = toBig(intValue(cls.ns.get('_flag_mask_')!)!) | toBig(iv);
        cls.ns.set('_flag_mask_', normalize(fm));
        if (isSingleBit(toBig(iv))) cls.ns.set('_singles_mask_', normalize(toBig(intValue(cls.ns.get('_singles_mask_')!)!) | toBig(iv)));
        cls.ns.set('_all_bits_', normalize((1n << BigInt(bitLength(fm))) - 1n));
      }
    }
    // alias?
    let canonical: PyValue | undefined;
    let hashable = true;
    try {
      const r = yield* drive(v2m.getOr(mv, autoNull));
      if (r !== autoNull) canonical = r;
    } catch (e) {
      if (!isExcOf(e, TypeError)) throw e;
      hashable = false;
      for (const m of mmap.valueList()) {
        if (yield* truth(yield* drive(ops.richCompare(yield* mValue(m), mv, ops.CmpOp.Eq)))) {
          canonical = m;
          break;
        }
      }
    }
    let result = member;
    if (canonical !== undefined) result = canonical;
    else if (!isFlag || isSingleBit(toBig(intValue(mv) ?? 0))) names.items.push(mname);
    mmap.setStr(mname, result);
    if (canonical === undefined) {
      if (hashable) yield* drive(v2m.setDefault(mv, result));
      else (cls.ns.get('_unhashable_values_') as PyList).items.push(mv);
    }
    cls.ns.set(mname, result);
    mv = None;
  }
  cls.invalidate();

  if (order !== undefined && order !== None) {
    const ord = typeof order === 'string' ? order.replace(/,/g, ' ').split(/\s+/).filter(Boolean) : (yield* itemsOf(order)).map(String);
    const filtered = ord.filter((o) => !mmap.hasStr(o) || names.items.includes(o));
    if (filtered.join('\0') !== (names.items as string[]).join('\0')) {
      throw pyErr(TypeError, `member order does not match _order_:\n  ${yield* reprOf(names)}\n  ${yield* reprOf(new PyList(filtered))}`);
    }
  }
  return cls;
}

function normalize(b: bigint): number | bigint {
  return b >= BigInt(Number.MIN_SAFE_INTEGER) && b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
}
function isSingleBit(b: bigint): boolean {
  return b > 0n && (b & (b - 1n)) === 0n;
}
function bitLength(b: bigint): number {
  if (b < 0n) b = -b;
  return b === 0n ? 0 : b.toString(2).length;
}

const enumTypeNewFn = nativeFunction('__new__', (a, kw) => {
  const [meta, name, bases, classdict] = a;
  if (!(meta instanceof PyType) || typeof name !== 'string' || !(bases instanceof PyTuple) || !(classdict instanceof PyDict)) {
    return typeNew.fn(a, kw);
  }
  const rest = kw ? new Map(kw) : null;
  const boundary = rest?.get('boundary');
  const simple = rest?.get('_simple');
  rest?.delete('boundary');
  rest?.delete('_simple');
  if (simple !== undefined && simple !== false && simple !== None) return typeNew.fn([meta, name, bases, classdict], rest && rest.size ? rest : null);
  return enumTypeNew(meta, name, bases, classdict, { boundary: boundary === None ? undefined : boundary, kw: rest && rest.size ? rest : null });
});
enumTypeNewFn.qualname = 'EnumType.__new__';

function* memberIter(cls: PyType): G<PyValue[]> {
  const mm = memberMap(cls);
  return memberNames(cls).items.map((n) => mm.getStr(n as string)!);
}

function mt(name: string, fn: NativeFn): PyValue {
  return nativeMethod('EnumType', name, fn);
}

const membersProp = new PyProperty(propertyType);
membersProp.fget = nativeFunction('__members__', (a) => mappingProxy(memberMap(a[0] as PyType)));

EnumType.define({
  __prepare__: prepareFn,
  __new__: enumTypeNewFn,
  __init__: mt('__init__', () => None),
  __bool__: mt('__bool__', () => true),
  __call__: mt('__call__', (a, kw) => enumCall(a[0] as PyType, a.slice(1), kw)),
  __contains__: mt('__contains__', (a) => {
    const [cls, m] = a as [PyType, PyValue];
    if (Enum === null || !typeOf(m).isSubtypeOf(Enum)) {
      throw pyErr(TypeError, `unsupported operand type(s) for 'in': '${typeOf(m).qualname}' and '${typeOf(cls).qualname}'`);
    }
    const n = own(m, '_name_');
    return typeOf(m).isSubtypeOf(cls) && typeof n === 'string' && memberMap(cls).hasStr(n);
  }),
  __delattr__: mt('__delattr__', (a) => {
    const [cls, attr] = a as [PyType, string];
    if (memberMap(cls).hasStr(attr)) throw pyErr(AttributeError, `'${cls.name}' cannot delete member '${attr}'.`);
    return ops.callUnbound(typeType.lookup('__delattr__')!, cls, [attr]);
  }),
  __setattr__: mt('__setattr__', (a) => {
    const [cls, name, v] = a as [PyType, string, PyValue];
    const mm = cls.ns.get('_member_map_');
    if (mm instanceof PyDict && mm.hasStr(name)) throw pyErr(AttributeError, `cannot reassign member '${name}'`);
    return ops.callUnbound(typeType.lookup('__setattr__')!, cls, [name, v]);
  }),
  __getitem__: mt('__getitem__', (a) => {
    const [cls, name] = a as [PyType, PyValue];
    return memberMap(cls).getItem(name);
  }),
  __iter__: mt('__iter__', (a) => (function* (): G {
    return yield* drive(ops.getIter(new PyList(yield* memberIter(a[0] as PyType))));
  })()),
  __reversed__: mt('__reversed__', (a) => (function* (): G {
    return yield* drive(ops.getIter(new PyList((yield* memberIter(a[0] as PyType)).reverse())));
  })()),
  __len__: mt('__len__', (a) => memberNames(a[0] as PyType).items.length),
  __repr__: mt('__repr__', (a) => reprEnumClass(a[0] as PyType)),
  __members__: membersProp,
  __dir__: mt('__dir__', (a) => (function* (): G {
    const cls = a[0] as PyType;
    const s = new Set(['__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__', '__members__', '__module__', '__name__', '__qualname__', ...(memberNames(cls).items as string[])]);
    if (cls.lookup('_new_member_') !== objectNew) s.add('__new__');
    const mtype = clsAttr(cls, '_member_type_');
    if (mtype instanceof PyType && mtype !== objectType) for (const x of yield* itemsOf(yield* callF(yield* getA(mtype, '__dir__'), []))) s.add(x as string);
    return new PyList([...s].sort());
  })()),
});

/** EnumType.__call__: value lookup, or the functional API. */
const callSigNames = ['value', 'names'];
function* enumCall(cls: PyType, args: PyValue[], kw: KwArgs): G {
  const kwm = new Map(kw ?? []);
  const value = args[0] ?? kwm.get('value');
  kwm.delete('value');
  const names = args[1] ?? kwm.get('names') ?? None;
  kwm.delete('names');
  if (args.length > 2) throw pyErr(TypeError, `EnumType.__call__() takes from 2 to 3 positional arguments but ${args.length + 1} were given`);
  if (value === undefined) throw pyErr(TypeError, `EnumType.__call__() missing 1 required positional argument: '${callSigNames[0]}'`);
  if (names === None) {
    if (kwm.size) throw pyErr(TypeError, `EnumType.__call__() got an unexpected keyword argument '${[...kwm.keys()][0]}'`);
    const nw = cls.lookup('__new__');
    if (nw === enumNewFn) return yield* enumNew(cls, value);
    return yield* callF(newCallable(nw!), [cls, value]);
  }
  return yield* createFunctional(cls, value, names, kwm);
}

/** CPython: EnumType._create_ (the functional API). */
function* createFunctional(cls: PyType, className: PyValue, names: PyValue, kw: Map<string, PyValue>): G {
  const meta = typeOf(cls);
  const typ = kw.get('type');
  const bases = typ === undefined || typ === None ? [cls] : [typ, cls];
  const start = kw.get('start') ?? 1;
  const prep = (yield* drive(ops.call(yield* getA(meta, '__prepare__'), [className, pyTuple(bases)], null))) as PyEnumDict;
  let items: PyValue[];
  if (typeof names === 'string') items = names.replace(/,/g, ' ').split(/\s+/).filter(Boolean);
  else items = yield* itemsOf(names);
  if (items.length && typeof items[0] === 'string') {
    const lastValues: PyValue[] = [];
    const pairs: PyValue[] = [];
    for (let i = 0; i < items.length; i++) {
      const n = items[i] as string;
      const v = yield* callF(yield* getA(cls, '_generate_next_value_'), [n, start, i, new PyList(lastValues.slice())]);
      lastValues.push(v);
      pairs.push(pyTuple([n, v]));
    }
    items = pairs;
  }
  if (names instanceof PyDict) {
    for (const [k, v] of names.entries()) yield* enumDictSet(prep, k as string, v);
  } else {
    for (const it of items) {
      const [k, v] = yield* itemsOf(it);
      yield* enumDictSet(prep, k as string, v);
    }
  }
  let module = kw.get('module');
  if (module === undefined || module === None) {
    // the calling Python frame (natives driving this call have frames without globals)
    let f = currentThread()?.frame ?? null;
    while (f !== null && !(f.globals instanceof PyDict)) f = f.back;
    module = f !== null ? ((f.globals as PyDict).getStr('__name__') ?? None) : None;
  }
  if (module !== None) prep.setStr('__module__', module);
  const qn = kw.get('qualname');
  if (qn !== undefined && qn !== None) prep.setStr('__qualname__', qn);
  const bkw = new Map<string, PyValue>();
  const b = kw.get('boundary');
  if (b !== undefined && b !== None) bkw.set('boundary', b);
  return yield* callF(meta, [className, pyTuple(bases), prep], bkw.size ? bkw : null);
}

// ---------------------------------------------------------------------------------------------------
// Enum

/** Enum.__new__(cls, value): the member with that value (CPython: Enum.__new__). */
function* enumNew(cls: PyType, value: PyValue): G {
  if (typeOf(value) === cls) return value;
  const v2m = value2member(cls);
  try {
    const r = yield* drive(v2m.getOr(value, autoNull));
    if (r !== autoNull) return r;
  } catch (e) {
    if (!isExcOf(e, TypeError)) throw e;
    for (const m of memberMap(cls).valueList()) {
      if (yield* truth(yield* drive(ops.richCompare(yield* mValue(m), value, ops.CmpOp.Eq)))) return m;
    }
  }
  if (memberMap(cls).size === 0) throw pyErr(TypeError, `${reprEnumClass(cls)} has no members defined`);
  let exc: PyBaseException | null = null;
  let result: PyValue = None;
  try {
    result = yield* callF(yield* getA(cls, '_missing_'), [value]);
  } catch (e) {
    if (!isExcOf(e, excTypes.Exception)) throw e;
    exc = e;
  }
  if (typeOf(result).isSubtypeOf(cls)) return result;
  if (isFlagClass(cls) && clsAttr(cls, '_boundary_') === boundaries?.EJECT && intValue(result) !== undefined) return result;
  const ve = pyErr(ValueError, `${yield* reprOf(value)} is not a valid ${cls.qualname}`);
  if (result === None && exc === null) throw ve;
  if (exc === null) exc = pyErr(TypeError, `error in ${cls.name}._missing_: returned ${yield* reprOf(result)} instead of None or a valid member`);
  if (!isExcOf(exc, ValueError)) (exc as PyBaseException).context = ve;
  throw exc;
}

const enumNewFn = nativeFunction('__new__', (a) => {
  if (a.length !== 2) throw pyErr(TypeError, `Enum.__new__() takes 2 positional arguments but ${a.length} were given`);
  return enumNew(a[0] as PyType, a[1]);
});
enumNewFn.qualname = 'Enum.__new__';

function em(name: string, fn: NativeFn): PyValue {
  return nativeMethod('Enum', name, fn);
}
function prop(name: string, fn: (self: PyValue) => PyValue | G): PyProperty {
  const p = new PyProperty(propertyType);
  p.fget = nativeFunction(name, (a) => fn(a[0]) as PyValue);
  return p;
}

function* enumRepr(self: PyValue): G<string> {
  const cls = typeOf(self);
  const vr = clsAttr(cls, '_value_repr_');
  const v = yield* mValue(self);
  const vs = vr === undefined || vr === None ? yield* reprOf(v) : yield* strOf(yield* callF(vr, [v]));
  return `<${cls.name}.${(yield* mName(self)) as string}: ${vs}>`;
}

const defaultGnv = nativeFunction('_generate_next_value_', (a) => (function* (): G {
  const [, start, , lastValues] = a;
  const lv = lastValues instanceof PyList ? lastValues.items : [];
  if (!lv.length) return start;
  for (let i = lv.length - 1; i >= 0; i--) {
    try {
      return yield* drive(ops.binaryOp(lv[i], 1, BinOp.Add));
    } catch (e) {
      if (!isExcOf(e, TypeError)) throw e;
    }
  }
  return start;
})());

function classDict(entries: Record<string, PyValue>, name: string, doc: string): PyDict {
  const d = new PyDict();
  d.setStr('__module__', MOD);
  d.setStr('__qualname__', name);
  d.setStr('__doc__', doc);
  for (const [k, v] of Object.entries(entries)) d.setStr(k, v);
  return d;
}

function makeClass(name: string, bases: PyType[], entries: Record<string, PyValue>, doc: string, kw: KwArgs = null, members: [string, PyValue][] = []): PyType {
  const basesT = pyTuple(bases);
  const d = bases.length ? (runSync(ops.call(prepareFn.fn, [EnumType, name, basesT], null)) as PyEnumDict) : new PyEnumDict(enumDictType);
  d.setStr('__module__', MOD);
  d.setStr('__qualname__', name);
  d.setStr('__doc__', doc);
  for (const [k, v] of Object.entries(entries)) d.setStr(k, v);
  for (const [k, v] of members) runSync(enumDictSet(d, k, v));
  void classDict;
  return runSync(ops.call(EnumType, [name, basesT, d], kw)) as PyType;
}

Enum = makeClass('Enum', [], {
  __init__: em('__init__', () => None),
  _generate_next_value_: defaultGnv,
  _missing_: classMethod(nativeFunction('_missing_', () => None)),
  __repr__: em('__repr__', (a) => enumRepr(a[0])),
  __str__: em('__str__', (a) => (function* (): G {
    return `${typeOf(a[0]).name}.${(yield* mName(a[0])) as string}`;
  })()),
  __format__: em('__format__', (a) => (function* (): G {
    const s = (yield* drive(ops.str(a[0]))) as string;
    return yield* drive(ops.format(s, a[1] as string));
  })()),
  __hash__: em('__hash__', (a) => (function* (): G {
    return yield* drive(ops.hash(yield* mName(a[0])));
  })()),
  __reduce_ex__: em('__reduce_ex__', (a) => (function* (): G {
    return pyTuple([typeOf(a[0]), pyTuple([yield* mValue(a[0])])]);
  })()),
  __deepcopy__: em('__deepcopy__', (a) => a[0]),
  __copy__: em('__copy__', (a) => a[0]),
  __dir__: em('__dir__', (a) => (function* (): G {
    const self = a[0];
    const cls = typeOf(self);
    const mm = memberMap(cls);
    const s = new Set(['__class__', '__doc__', '__eq__', '__hash__', '__module__']);
    if (self instanceof PyObject && self.dict) for (const k of self.dict.keyList()) if (typeof k === 'string' && k[0] !== '_' && !mm.hasStr(k)) s.add(k);
    for (const c of cls.mro) for (const k of c.ns.keys()) if (k[0] !== '_' && !mm.hasStr(k)) s.add(k);
    return new PyList([...s].sort());
  })()),
  name: prop('name', (s) => mName(s)),
  value: prop('value', (s) => mValue(s)),
}, 'Create a collection of name/value pairs.');
Enum.setAttr('__new__', enumNewFn);

ReprEnum = makeClass('ReprEnum', [Enum], {}, 'Only changes the repr(), leaving str() and format() to the mixed-in type.');
const IntEnum = makeClass('IntEnum', [intType, ReprEnum], {}, 'Enum where members are also (and must be) ints');

const strEnumNew = nativeFunction('__new__', (a) => (function* (): G {
  const [cls, ...values] = a;
  if (values.length > 3) throw pyErr(TypeError, `too many arguments for str(): ${yield* reprOf(pyTuple(values))}`);
  if (values.length === 1 && typeof values[0] !== 'string') throw pyErr(TypeError, `${yield* reprOf(values[0])} is not a string`);
  if (values.length >= 2 && typeof values[1] !== 'string') throw pyErr(TypeError, `encoding must be a string, not ${yield* reprOf(values[1])}`);
  if (values.length === 3 && typeof values[2] !== 'string') throw pyErr(TypeError, `errors must be a string, not ${yield* reprOf(values[2])}`);
  const value = yield* callF(strType, values);
  const member = yield* callF(strType.lookup('__new__')!, [cls, value]);
  setOwn(member, '_value_', value);
  return member;
})());
const StrEnum = makeClass('StrEnum', [strType, ReprEnum], {
  __new__: strEnumNew,
  _generate_next_value_: nativeFunction('_generate_next_value_', (a) => (a[0] as string).toLowerCase()),
}, 'Enum where members are also (and must be) strings');

const FlagBoundary = makeClass('FlagBoundary', [StrEnum], {}, `control how out of range values are handled
"strict" -> error is raised             [default for Flag]
"conform" -> extra bits are discarded
"eject" -> lose flag status
"keep" -> keep flag status and all bits [default for IntFlag]`, null,
[['STRICT', 'strict'], ['CONFORM', 'conform'], ['EJECT', 'eject'], ['KEEP', 'keep']]);
boundaries = {
  STRICT: FlagBoundary.ns.get('STRICT')!,
  CONFORM: FlagBoundary.ns.get('CONFORM')!,
  EJECT: FlagBoundary.ns.get('EJECT')!,
  KEEP: FlagBoundary.ns.get('KEEP')!,
};

// ---------------------------------------------------------------------------------------------------
// Flag

function big(v: PyValue | undefined): bigint {
  const i = v === undefined ? undefined : intValue(v);
  return i === undefined ? 0n : toBig(i);
}
function flagAttr(cls: PyType, k: string): bigint {
  return big(clsAttr(cls, k));
}

/** CPython: enum.bin. */
function enumBin(num: bigint, maxBits?: number): string {
  const ceiling = 1n << BigInt(bitLength(num));
  let s: string;
  if (num >= 0n) s = '0b' + (num + ceiling).toString(2).replace('1', '0');
  else {
    const x = (~num ^ (ceiling - 1n)) + ceiling;
    s = x < 0n ? '-0b' + (-x).toString(2) : '0b' + x.toString(2);
  }
  const sign = s.slice(0, 3);
  let digits = s.slice(3);
  if (maxBits !== undefined && digits.length < maxBits) digits = (sign[sign.length - 1].repeat(maxBits) + digits).slice(-maxBits);
  return `${sign} ${digits}`;
}

function* flagMembersOf(cls: PyType, value: bigint): G<PyValue[]> {
  const v2m = value2member(cls);
  const out: PyValue[] = [];
  let v = value & flagAttr(cls, '_flag_mask_');
  while (v) {
    const bit = v & -v;
    const m = yield* drive(v2m.getOr(normalize(bit), None));
    if (m !== None) out.push(m);
    v ^= bit;
  }
  // definition order when the members' values are not ascending
  const defs = memberNames(cls).items.map((n) => memberMap(cls).getStr(n as string)!);
  const vals = defs.map((m) => big(own(m, '_value_')));
  const sorted = vals.every((x, i) => i === 0 || vals[i - 1] <= x);
  if (!sorted) out.sort((a, b) => Number(own(a, '_sort_order_') ?? 0) - Number(own(b, '_sort_order_') ?? 0));
  return out;
}

/** CPython: Flag._missing_ (composite pseudo-members). */
function* flagMissing(cls: PyType, value: PyValue): G {
  const iv = typeof value === 'boolean' ? undefined : intValue(value);
  if (iv === undefined) throw pyErr(ValueError, `${yield* reprOf(value)} is not a valid ${cls.qualname}`);
  let v = toBig(iv);
  const flagMask = flagAttr(cls, '_flag_mask_');
  const singlesMask = flagAttr(cls, '_singles_mask_');
  const allBits = flagAttr(cls, '_all_bits_');
  const boundary = clsAttr(cls, '_boundary_');
  let negValue: bigint | null = null;
  if (!(~allBits <= v && v <= allBits) || (v & (allBits ^ flagMask))) {
    if (boundary === boundaries!.STRICT) {
      const maxBits = Math.max(bitLength(v), bitLength(flagMask));
      throw pyErr(ValueError, `${reprEnumClass(cls)} invalid value ${v}\n    given ${enumBin(v, maxBits)}\n  allowed ${enumBin(flagMask, maxBits)}`);
    } else if (boundary === boundaries!.CONFORM) {
      v &= flagMask;
    } else if (boundary === boundaries!.EJECT) {
      return normalize(v);
    } else if (boundary === boundaries!.KEEP) {
      if (v < 0n) {
        const a = allBits + 1n;
        const b = 1n << BigInt(bitLength(v));
        v = (a > b ? a : b) + v;
      }
    } else {
      throw pyErr(ValueError, `${reprEnumClass(cls)} unknown flag boundary ${yield* reprOf(boundary ?? None)}`);
    }
  }
  if (v < 0n) {
    negValue = v;
    v = allBits + 1n + v;
  }
  let unknown = v & ~flagMask;
  const aliases = v & ~singlesMask;
  const memberValue = v & singlesMask;
  if (unknown && boundary !== boundaries!.KEEP) {
    throw pyErr(ValueError, `${cls.name}(${v}) -->  unknown values ${unknown} [${unknown < 0n ? '-0b' + (-unknown).toString(2) : '0b' + unknown.toString(2)}]`);
  }
  const memberType = clsAttr(cls, '_member_type_') as PyType;
  const pv = normalize(v);
  const pseudo = memberType === objectType
    ? yield* callF(objectNew, [cls])
    : yield* callF(newCallable(memberType.lookup('__new__')!), [cls, pv]);
  if (own(pseudo, '_value_') === undefined) setOwn(pseudo, '_value_', pv);
  if (memberValue || aliases) {
    const members: PyValue[] = [];
    let combined = 0n;
    for (const m of yield* flagMembersOf(cls, memberValue)) {
      members.push(m);
      combined |= big(own(m, '_value_'));
    }
    if (aliases) {
      const vv = memberValue | aliases;
      for (const pm of memberMap(cls).valueList()) {
        const pmv = big(own(pm, '_value_'));
        if (!members.includes(pm) && pmv && (pmv & vv) === pmv) {
          members.push(pm);
          combined |= pmv;
        }
      }
      v = vv;
    }
    unknown = v ^ combined;
    let name: PyValue = members.map((m) => own(m, '_name_') as string).join('|');
    if (!combined) name = None;
    else if (unknown && boundary === boundaries!.STRICT) throw pyErr(ValueError, `${reprEnumClass(cls)}: no members with value ${unknown}`);
    else if (unknown) name += `|${yield* strOf(yield* callF(clsAttr(cls, '_numeric_repr_') ?? None, [normalize(unknown)]))}`;
    setOwn(pseudo, '_name_', name);
  } else {
    setOwn(pseudo, '_name_', None);
  }
  const v2m = value2member(cls);
  const result = yield* drive(v2m.setDefault(normalize(v), pseudo));
  if (negValue !== null) yield* drive(v2m.set(normalize(negValue), result));
  return result;
}

function fm(name: string, fn: NativeFn): PyValue {
  return nativeMethod('Flag', name, fn);
}

function flagBinop(op: (a: bigint, b: bigint) => bigint): NativeFn {
  return (a) => (function* (): G {
    const [self, other] = a;
    const cls = typeOf(self);
    let o: bigint;
    if (typeOf(other).isSubtypeOf(cls)) o = big(yield* mValue(other));
    else {
      const mtype = clsAttr(cls, '_member_type_');
      if (mtype !== objectType && mtype instanceof PyType && typeOf(other).isSubtypeOf(mtype) && intValue(other) !== undefined) o = big(other);
      else return NotImplemented;
    }
    return yield* callF(cls, [normalize(op(big(yield* mValue(self)), o))]);
  })();
}

Flag = makeClass('Flag', [Enum], {
  _numeric_repr_: nativeFunction('repr', (a) => ops.repr(a[0])),
  _generate_next_value_: nativeFunction('_generate_next_value_', (a) => (function* (): G {
    const [, start, count, lastValues] = a;
    if (!count) return start === None ? 1 : start;
    const lv = lastValues instanceof PyList ? lastValues.items : [];
    let mx = lv[0];
    for (const v of lv) if (yield* truth(yield* drive(ops.richCompare(v, mx, ops.CmpOp.Gt)))) mx = v;
    const iv = intValue(mx);
    if (iv === undefined) throw pyErr(TypeError, `invalid flag value ${yield* reprOf(mx)}`);
    return normalize(1n << BigInt(bitLength(toBig(iv))));
  })()),
  _missing_: classMethod(nativeFunction('_missing_', (a) => flagMissing(a[0] as PyType, a[1]))),
  __contains__: fm('__contains__', (a) => (function* (): G {
    const [self, other] = a;
    if (!typeOf(other).isSubtypeOf(typeOf(self))) {
      throw pyErr(TypeError, `unsupported operand type(s) for 'in': '${typeOf(other).qualname}' and '${typeOf(self).qualname}'`);
    }
    const ov = big(yield* mValue(other));
    return (ov & big(yield* mValue(self))) === ov;
  })()),
  __iter__: fm('__iter__', (a) => (function* (): G {
    return yield* drive(ops.getIter(new PyList(yield* flagMembersOf(typeOf(a[0]), big(yield* mValue(a[0]))))));
  })()),
  __len__: fm('__len__', (a) => (function* (): G {
    let v = big(yield* mValue(a[0]));
    if (v < 0n) v = -v;
    let n = 0;
    while (v) {
      n += Number(v & 1n);
      v >>= 1n;
    }
    return n;
  })()),
  __repr__: fm('__repr__', (a) => (function* (): G {
    const self = a[0];
    const cls = typeOf(self);
    const vr = clsAttr(cls, '_value_repr_');
    const v = yield* mValue(self);
    const vs = vr === undefined || vr === None ? yield* reprOf(v) : yield* strOf(yield* callF(vr, [v]));
    const n = yield* mName(self);
    return n === None ? `<${cls.name}: ${vs}>` : `<${cls.name}.${n as string}: ${vs}>`;
  })()),
  __str__: fm('__str__', (a) => (function* (): G {
    const self = a[0];
    const n = yield* mName(self);
    return n === None ? `${typeOf(self).name}(${yield* reprOf(yield* mValue(self))})` : `${typeOf(self).name}.${n as string}`;
  })()),
  __bool__: fm('__bool__', (a) => (function* (): G {
    return yield* truth(yield* mValue(a[0]));
  })()),
  __or__: fm('__or__', flagBinop((x, y) => x | y)),
  __and__: fm('__and__', flagBinop((x, y) => x & y)),
  __xor__: fm('__xor__', flagBinop((x, y) => x ^ y)),
  __ror__: fm('__ror__', flagBinop((x, y) => x | y)),
  __rand__: fm('__rand__', flagBinop((x, y) => x & y)),
  __rxor__: fm('__rxor__', flagBinop((x, y) => x ^ y)),
  __invert__: fm('__invert__', (a) => (function* (): G {
    const self = a[0];
    const cls = typeOf(self);
    const b = clsAttr(cls, '_boundary_');
    const v = big(yield* mValue(self));
    const nv = b === boundaries!.EJECT || b === boundaries!.KEEP ? ~v : flagAttr(cls, '_singles_mask_') & ~v;
    return yield* callF(cls, [normalize(nv)]);
  })()),
}, 'Support for flags', new Map([['boundary', boundaries.STRICT]]));

const IntFlag = makeClass('IntFlag', [intType, ReprEnum, Flag], {}, 'Support for integer-based Flags', new Map([['boundary', boundaries.KEEP]]));

// ---------------------------------------------------------------------------------------------------
// unique, helpers

const uniqueFn = nativeFunction('unique', (a) => (function* (): G {
  const cls = a[0];
  if (!(cls instanceof PyType)) throw pyErr(TypeError, 'unique() argument must be an enum class');
  const dups: string[] = [];
  for (const [name, m] of memberMap(cls).entries()) {
    const mn = own(m, '_name_');
    if (name !== mn) dups.push(`${name as string} -> ${mn as string}`);
  }
  if (dups.length) throw pyErr(ValueError, `duplicate values found in ${yield* reprOf(cls)}: ${dups.join(', ')}`);
  return cls;
})());

export default defineModule({
  name: 'enum',
  doc: 'Support for enumerations (pyts: native EnumType).',
  init: () => ({
    EnumType,
    EnumMeta: EnumType,
    Enum: Enum!,
    ReprEnum: ReprEnum!,
    IntEnum,
    StrEnum,
    Flag: Flag!,
    IntFlag,
    FlagBoundary,
    STRICT: boundaries!.STRICT,
    CONFORM: boundaries!.CONFORM,
    EJECT: boundaries!.EJECT,
    KEEP: boundaries!.KEEP,
    auto: autoType,
    unique: uniqueFn,
    member: memberWrapType,
    nonmember: nonmemberWrapType,
    _EnumDict: enumDictType,
    property: propertyType,
  }),
});

void KeyError;
void PyClassMethod;
void PyFunction;
