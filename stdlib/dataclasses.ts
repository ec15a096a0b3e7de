// The `dataclasses` module (CPython: Lib/dataclasses.py): @dataclass, field(), Field, fields(), asdict(),
// astuple(), replace(), is_dataclass(), make_dataclass(), MISSING, KW_ONLY, InitVar, FrozenInstanceError.
//
// CPython generates the dunder methods as Python source and exec()s it; pyts builds them as natives
// closed over the class's field list instead. Their observable behaviour is CPython's:
//   __init__   binds arguments with a Python function's rules and TypeError texts
//              ("C.__init__() missing 1 required positional argument: 'y'"), calls default factories,
//              assigns through setattr (object.__setattr__ when frozen), then __post_init__(*initvars);
//   __repr__   `C(x=1, y=2)` from type(self).__qualname__, '...' on recursion;
//   __eq__ / order methods compare the tuples of compared fields when other.__class__ is self.__class__;
//   __hash__   hash of that tuple, chosen by CPython's (unsafe_hash, eq, frozen, explicit hash) table;
//   frozen     __setattr__/__delattr__ raise FrozenInstanceError("cannot assign to field 'x'").
// Every generated method that may run Python code (a user __repr__, __eq__, a property setter, a
// default factory) is a generator native, so the calling thread stays preemptible inside it.
//
// ClassVar is recognised when the annotation is typing.ClassVar (or ClassVar[...]) from a `typing`
// module present in sys.modules, or a string starting with "ClassVar"/"typing.ClassVar".

import { PyObject, type KwArgs, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, typeOf, typeType, objectType } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, AttributeError, isExcOf } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { classMethod } from '../src/objects/descriptors.js';
import { mappingProxy } from '../src/objects/mappingproxy.js';
import { reprEnter, reprLeave } from '../src/objects/repr-util.js';
import { typeDisplayName } from '../src/objects/object-methods.js';
import * as ops from '../src/objects/ops.js';
import { CmpOp } from '../src/objects/ops.js';
import { signature } from '../src/builtins/args.js';
import { defineClass, getA, getOpt, setA, callF, reprOf, truth, itemsOf, type G } from './lib/pyclass.js';
import { copyNamespace } from './copy.js';
import { superType } from '../src/objects/super.js';
import { defineModule } from './index.js';

const MOD = 'dataclasses';

// ---------------------------------------------------------------------------------------------------
// Sentinels and marker classes

const missingType = defineClass(MOD, '_MISSING_TYPE', [], {});
export const MISSING = new PyObject(missingType);
const hasDefaultFactoryType = defineClass(MOD, '_HAS_DEFAULT_FACTORY_CLASS', [], { __repr__: () => '<factory>' });
const HAS_DEFAULT_FACTORY = new PyObject(hasDefaultFactoryType);
const kwOnlyType = defineClass(MOD, '_KW_ONLY_TYPE', [], {});
const KW_ONLY = new PyObject(kwOnlyType);

const fieldBaseType = defineClass(MOD, '_FIELD_BASE', [], {
  __init__: (a) => {
    setDict(a[0], 'name', a[1]);
    return None;
  },
  __repr__: (a) => dictGet(a[0], 'name'),
});
function marker(name: string): PyObject {
  const o = new PyObject(fieldBaseType);
  setDict(o, 'name', name);
  return o;
}
const FIELD = marker('_FIELD');
const FIELD_CLASSVAR = marker('_FIELD_CLASSVAR');
const FIELD_INITVAR = marker('_FIELD_INITVAR');

function setDict(o: PyValue, k: string, v: PyValue): void {
  const obj = o as PyObject;
  (obj.dict ??= new PyDict()).setStr(k, v);
}
function dictGet(o: PyValue, k: string): PyValue {
  return (o as PyObject).dict?.getStr(k) ?? None;
}

export const FrozenInstanceError = defineClass(MOD, 'FrozenInstanceError', [AttributeError], {});

// InitVar[T]
const initVarType = defineClass(MOD, 'InitVar', [], {
  __init__: (a) => {
    setDict(a[0], 'type', a[1]);
    return None;
  },
  __repr__: (a) => (function* (): G {
    const t = dictGet(a[0], 'type');
    const tn = t instanceof PyType ? t.name : yield* reprOf(t);
    return `dataclasses.InitVar[${tn}]`;
  })(),
  __class_getitem__: classMethod(nativeFunction('__class_getitem__', (a) => {
    const o = new PyObject(a[0] as PyType);
    setDict(o, 'type', a[1]);
    return o;
  })),
});

// ---------------------------------------------------------------------------------------------------
// Field

const FIELD_ATTRS = ['name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare', 'metadata', 'kw_only', '_field_type'];

/** A Field's attributes, read from its instance dict (Field instances are plain Python objects). */
interface FieldInfo {
  obj: PyObject;
  name: string;
  type: PyValue;
  default: PyValue;
  factory: PyValue;
  init: boolean;
  repr: boolean;
  hash: PyValue;
  compare: boolean;
  kwOnly: PyValue;
  kind: PyValue;
}

const fieldType = defineClass(MOD, 'Field', [], {
  __repr__: (a) => (function* (): G {
    const parts: string[] = [];
    for (const k of FIELD_ATTRS) {
      const v = dictGet(a[0], k);
      parts.push(`${k}=${k === '_field_type' ? yield* strOfV(v) : yield* reprOf(v)}`);
    }
    return `Field(${parts.join(',')})`;
  })(),
  __set_name__: (a) => (function* (): G {
    const dflt = dictGet(a[0], 'default');
    const sn = typeOf(dflt).lookup('__set_name__');
    if (sn !== undefined) yield* callF(yield* getA(dflt, '__set_name__'), [a[1], a[2]]);
    return None;
  })(),
  __class_getitem__: classMethod(nativeFunction('__class_getitem__', (a) => a[0])),
});

function* strOfV(v: PyValue): G<string> {
  return (yield* drive(ops.str(v))) as string;
}
function* drive(r: unknown): G {
  if (typeof r !== 'object' || r === null || r instanceof PyObject) return r as PyValue;
  return yield* r as G;
}

function newField(vals: Record<string, PyValue>): PyObject {
  const f = new PyObject(fieldType);
  f.dict = new PyDict();
  for (const k of FIELD_ATTRS) f.dict.setStr(k, vals[k] ?? None);
  return f;
}

function info(f: PyValue): FieldInfo {
  const o = f as PyObject;
  const g = (k: string) => dictGet(o, k);
  return {
    obj: o,
    name: g('name') as string,
    type: g('type'),
    default: g('default'),
    factory: g('default_factory'),
    init: g('init') !== false,
    repr: g('repr') !== false,
    hash: g('hash'),
    compare: g('compare') !== false,
    kwOnly: g('kw_only'),
    kind: g('_field_type'),
  };
}

const fieldSig = signature('field', '*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None, kw_only=MISSING');
const fieldFn = nativeFunction('field', (args, kwargs) => {
  if (args.length) throw pyErr(TypeError, `field() takes 0 positional arguments but ${args.length} ${args.length === 1 ? 'was' : 'were'} given`);
  const [dflt, factory, init, repr, hash, compare, metadata, kwOnly] = fieldSig.parse(args, kwargs);
  if (dflt !== undefined && dflt !== MISSING && factory !== undefined && factory !== MISSING) {
    throw pyErr(ValueError, 'cannot specify both default and default_factory');
  }
  return newField({
    name: None,
    type: None,
    default: dflt ?? MISSING,
    default_factory: factory ?? MISSING,
    init: init ?? true,
    repr: repr ?? true,
    hash: hash ?? None,
    compare: compare ?? true,
    metadata: metadata === undefined || metadata === None ? mappingProxy(new PyDict()) : mappingProxy(metadata as PyDict),
    kw_only: kwOnly ?? MISSING,
    _field_type: None,
  });
});

// ---------------------------------------------------------------------------------------------------
// _DataclassParams

const paramsType = defineClass(MOD, '_DataclassParams', [], {
  __repr__: (a) => (function* (): G {
    const parts: string[] = [];
    for (const k of ['init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen']) parts.push(`${k}=${yield* reprOf(dictGet(a[0], k))}`);
    return `_DataclassParams(${parts.join(',')})`;
  })(),
});

interface Params {
  init: boolean;
  repr: boolean;
  eq: boolean;
  order: boolean;
  unsafeHash: boolean;
  frozen: boolean;
  matchArgs: boolean;
  kwOnly: boolean;
  slots: boolean;
  weakrefSlot: boolean;
}

// ---------------------------------------------------------------------------------------------------
// Class processing (CPython: _process_class)

function isClassVar(t: PyValue): boolean {
  if (typeof t === 'string') return /^\s*(typing\s*\.\s*)?ClassVar\b/.test(t);
  if (!(t instanceof PyObject)) return false;
  const tn = typeOf(t).name;
  if (tn === '_SpecialForm' || tn === '_GenericAlias') {
    const n = t.dict?.getStr('_name');
    if (n === 'ClassVar') return true;
    // typing.ClassVar[X]: a _GenericAlias whose __origin__ is the ClassVar special form (its _name is None)
    const o = t.dict?.getStr('__origin__');
    return o instanceof PyObject && typeOf(o).name === '_SpecialForm' && o.dict?.getStr('_name') === 'ClassVar';
  }
  return false;
}

function isInitVar(t: PyValue): boolean {
  if (t === initVarType) return true;
  if (t instanceof PyObject && typeOf(t) === initVarType) return true;
  return typeof t === 'string' && /^\s*(dataclasses\s*\.\s*)?InitVar\b/.test(t);
}

function isKwOnly(t: PyValue): boolean {
  return t === KW_ONLY || (typeof t === 'string' && /^\s*(dataclasses\s*\.\s*)?KW_ONLY\s*$/.test(t));
}

/** CPython: _get_field. */
function* getField(cls: PyType, name: string, annType: PyValue, defaultKwOnly: boolean): G<FieldInfo> {
  let dflt = (yield* getOpt(cls, name)) ?? MISSING;
  let f: PyObject;
  if (dflt instanceof PyObject && typeOf(dflt) === fieldType) {
    f = dflt;
  } else {
    if (dflt instanceof PyObject && typeOf(dflt).name === 'member_descriptor') dflt = MISSING;
    f = fieldFn.fn([], new Map([['default', dflt]])) as PyObject;
  }
  f.dict!.setStr('name', name);
  f.dict!.setStr('type', annType);
  let kind = FIELD;
  if (isClassVar(annType)) kind = FIELD_CLASSVAR;
  else if (isInitVar(annType)) kind = FIELD_INITVAR;
  f.dict!.setStr('_field_type', kind);
  const fi = info(f);
  if (kind !== FIELD && fi.factory !== MISSING) throw pyErr(TypeError, `field ${name} cannot have a default factory`);
  if (kind === FIELD || kind === FIELD_INITVAR) {
    if (fi.kwOnly === MISSING) f.dict!.setStr('kw_only', defaultKwOnly);
  } else if (fi.kwOnly !== MISSING) {
    throw pyErr(TypeError, `field ${name} is a ClassVar but specifies kw_only`);
  }
  if (kind === FIELD && typeOf(fi.default).lookup('__hash__') === None) {
    throw pyErr(ValueError, `mutable default ${typeDisplayNameRepr(typeOf(fi.default))} for field ${name} is not allowed: use default_factory`);
  }
  return info(f);
}

function typeDisplayNameRepr(t: PyType): string {
  return `<class '${typeDisplayName(t)}'>`;
}

function fieldsDictOf(cls: PyValue): PyDict | undefined {
  if (!(cls instanceof PyType)) return undefined;
  const d = cls.lookup('__dataclass_fields__');
  return d instanceof PyDict ? d : undefined;
}

function* processClass(cls: PyType, p: Params): G {
  const fields = new Map<string, FieldInfo>();
  let hasDataclassBases = false;
  let anyFrozenBase = false;
  for (let i = cls.mro.length - 1; i > 0; i--) {
    const b = cls.mro[i];
    const bf = b.ns.get('__dataclass_fields__');
    if (!(bf instanceof PyDict)) continue;
    hasDataclassBases = true;
    for (const f of bf.valueList()) {
      const fi = info(f);
      fields.set(fi.name, fi);
    }
    const bp = b.ns.get('__dataclass_params__');
    if (bp !== undefined && dictGet(bp, 'frozen') === true) anyFrozenBase = true;
  }

  const ann = cls.ns.get('__annotations__');
  const annNames: string[] = [];
  const clsFields: FieldInfo[] = [];
  if (ann instanceof PyDict) {
    let kwOnly = p.kwOnly;
    let kwOnlySeen = false;
    for (const [k, t] of ann.entries()) {
      const name = k as string;
      annNames.push(name);
      if (isKwOnly(t)) {
        if (kwOnlySeen) throw pyErr(TypeError, `'${name}' is KW_ONLY, but KW_ONLY has already been specified`);
        kwOnlySeen = true;
        kwOnly = true;
      } else {
        clsFields.push(yield* getField(cls, name, t, kwOnly));
      }
    }
  }
  for (const f of clsFields) {
    fields.set(f.name, f);
    const cur = cls.ns.get(f.name);
    if (cur instanceof PyObject && typeOf(cur) === fieldType) {
      if (f.default === MISSING) cls.deleteAttr(f.name);
      else cls.setAttr(f.name, f.default);
    }
  }
  for (const [name, v] of cls.ns) {
    if (v instanceof PyObject && typeOf(v) === fieldType && !annNames.includes(name)) {
      throw pyErr(TypeError, `'${name}' is a field but has no type annotation`);
    }
  }
  if (hasDataclassBases) {
    if (anyFrozenBase && !p.frozen) throw pyErr(TypeError, 'cannot inherit non-frozen dataclass from a frozen one');
    if (!anyFrozenBase && p.frozen) throw pyErr(TypeError, 'cannot inherit frozen dataclass from a non-frozen one');
  }

  const fd = new PyDict();
  for (const [k, f] of fields) fd.setStr(k, f.obj);
  cls.setAttr('__dataclass_fields__', fd);
  const po = new PyObject(paramsType);
  po.dict = new PyDict();
  for (const [k, v] of [['init', p.init], ['repr', p.repr], ['eq', p.eq], ['order', p.order], ['unsafe_hash', p.unsafeHash], ['frozen', p.frozen]] as const) {
    po.dict.setStr(k, v);
  }
  cls.setAttr('__dataclass_params__', po);

  const classHash = cls.ns.get('__hash__');
  const hasExplicitHash = !(classHash === undefined || (classHash === None && cls.ns.has('__eq__')));
  if (p.order && !p.eq) throw pyErr(ValueError, 'eq must be true if order is true');

  const all = [...fields.values()];
  const initFields = all.filter((f) => f.kind === FIELD || f.kind === FIELD_INITVAR);
  const stdInit = initFields.filter((f) => f.kwOnly !== true);
  const fieldList = all.filter((f) => f.kind === FIELD);
  const qual = cls.qualname;
  const method = (name: string, fn: NativeFn) => nativeMethod(qual, name, fn);
  const setNew = (name: string, v: PyValue): boolean => {
    if (cls.ns.has(name)) return true;
    cls.setAttr(name, v);
    return false;
  };

  if (p.init) {
    let seenDefault = false;
    for (const f of stdInit) {
      if (!f.init) continue;
      if (!(f.default === MISSING && f.factory === MISSING)) seenDefault = true;
      else if (seenDefault) throw pyErr(TypeError, `non-default argument '${f.name}' follows default argument`);
    }
    const hasPostInit = (yield* getOpt(cls, '__post_init__')) !== undefined;
    setNew('__init__', method('__init__', makeInit(cls, all, stdInit, initFields.filter((f) => f.kwOnly === true), p.frozen, hasPostInit)));
  }
  if (p.repr) setNew('__repr__', method('__repr__', makeRepr(fieldList.filter((f) => f.repr))));
  const cmpNames = fieldList.filter((f) => f.compare).map((f) => f.name);
  if (p.eq) setNew('__eq__', method('__eq__', makeCmp(cmpNames, CmpOp.Eq)));
  if (p.order) {
    for (const [name, op] of [['__lt__', CmpOp.Lt], ['__le__', CmpOp.Le], ['__gt__', CmpOp.Gt], ['__ge__', CmpOp.Ge]] as const) {
      if (setNew(name, method(name, makeCmp(cmpNames, op)))) {
        throw pyErr(TypeError, `Cannot overwrite attribute ${name} in class ${cls.name}. Consider using functools.total_ordering`);
      }
    }
  }
  if (p.frozen) {
    const names = fieldList.map((f) => f.name);
    for (const [name, del] of [['__setattr__', false], ['__delattr__', true]] as const) {
      if (setNew(name, method(name, makeFrozen(cls, names, del)))) {
        throw pyErr(TypeError, `Cannot overwrite attribute ${name} in class ${cls.name}`);
      }
    }
  }
  // CPython: _hash_action[(unsafe_hash, eq, frozen, has_explicit_hash)]
  const hashNames = fieldList.filter((f) => (f.hash === None ? f.compare : f.hash === true)).map((f) => f.name);
  if (p.unsafeHash) {
    if (hasExplicitHash) throw pyErr(TypeError, `Cannot overwrite attribute __hash__ in class ${cls.name}`);
    cls.setAttr('__hash__', method('__hash__', makeHash(hashNames)));
  } else if (p.eq && !hasExplicitHash) {
    cls.setAttr('__hash__', p.frozen ? method('__hash__', makeHash(hashNames)) : None);
  }

  const doc = yield* getOpt(cls, '__doc__');
  if (doc === undefined || doc === None || doc === '') {
    cls.setAttr('__doc__', cls.name + (yield* textSignature(stdInit, initFields.filter((f) => f.kwOnly === true))));
  }
  if (p.matchArgs) setNew('__match_args__', pyTuple(stdInit.map((f) => f.name)));
  if (p.weakrefSlot && !p.slots) throw pyErr(TypeError, 'weakref_slot is True but slots is False');
  if (p.slots) return yield* addSlots(cls, fieldList.map((f) => f.name), p.weakrefSlot);
  return cls;
}

/** str(inspect.signature(cls)) without ' -> None', for the generated __doc__. */
function* textSignature(std: FieldInfo[], kw: FieldInfo[]): G<string> {
  const one = function* (f: FieldInfo): G<string> {
    const ann = f.type instanceof PyType ? typeDisplayName(f.type) : yield* reprOf(f.type);
    let s = `${f.name}: ${ann}`;
    if (f.factory !== MISSING) s += ' = <factory>';
    else if (f.default !== MISSING) s += ` = ${yield* reprOf(f.default)}`;
    return s;
  };
  const parts: string[] = [];
  for (const f of std) if (f.init) parts.push(yield* one(f));
  const kws = kw.filter((f) => f.init);
  if (kws.length) parts.push('*');
  for (const f of kws) parts.push(yield* one(f));
  return `(${parts.join(', ')})`;
}

/** CPython: _add_slots — a new class with __slots__ = the field names. */
function* addSlots(cls: PyType, names: string[], weakrefSlot: boolean): G {
  const d = new PyDict();
  for (const [k, v] of cls.ns) if (!names.includes(k) && k !== '__dict__' && k !== '__weakref__') d.setStr(k, v);
  const slots = names.slice();
  if (weakrefSlot) slots.push('__weakref__');
  d.setStr('__slots__', pyTuple(slots));
  const qual = cls.qualname;
  const nc = (yield* callF(typeOf(cls), [cls.name, pyTuple(cls.bases.slice()), d])) as PyType;
  nc.qualname = qual;
  return nc;
}

// ---------------------------------------------------------------------------------------------------
// The generated methods

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? '' : 's'}`;
function nameList(names: string[]): string {
  const q = names.map((n) => `'${n}'`);
  if (q.length === 1) return q[0];
  if (q.length === 2) return `${q[0]} and ${q[1]}`;
  return `${q.slice(0, -1).join(', ')}, and ${q[q.length - 1]}`;
}

function makeInit(cls: PyType, all: FieldInfo[], std: FieldInfo[], kwOnly: FieldInfo[], frozen: boolean, hasPostInit: boolean): NativeFn {
  const pos = std.filter((f) => f.init);
  const kws = kwOnly.filter((f) => f.init);
  const params = [...pos, ...kws];
  const qual = `${cls.qualname}.__init__`;
  const hasDefault = (f: FieldInfo) => f.default !== MISSING || f.factory !== MISSING;
  const defcount = pos.filter(hasDefault).length;
  const initVars = all.filter((f) => f.kind === FIELD_INITVAR);
  return (args, kwargs) => {
    const self = args[0];
    const given = args.length - 1;
    const vals = new Map<string, PyValue>();
    for (let i = 0; i < Math.min(given, pos.length); i++) vals.set(pos[i].name, args[i + 1]);
    if (kwargs !== null) {
      for (const [k, v] of kwargs) {
        const f = params.find((x) => x.name === k);
        if (f === undefined) throw pyErr(TypeError, `${qual}() got an unexpected keyword argument '${k}'`);
        if (vals.has(k)) throw pyErr(TypeError, `${qual}() got multiple values for argument '${k}'`);
        vals.set(k, v);
      }
    }
    if (given > pos.length) {
      const argc = pos.length + 1;
      const sig = defcount ? `from ${argc - defcount} to ${argc}` : `${argc}`;
      const kwGiven = kws.filter((f) => vals.has(f.name)).length;
      const kwSig = kwGiven ? ` positional argument${given + 1 !== 1 ? 's' : ''} (and ${plural(kwGiven, 'keyword-only argument')})` : '';
      throw pyErr(TypeError, `${qual}() takes ${sig} positional argument${argc !== 1 ? 's' : ''} but ${given + 1}${kwSig} ${given + 1 === 1 && !kwGiven ? 'was' : 'were'} given`);
    }
    const missPos = pos.filter((f) => !vals.has(f.name) && !hasDefault(f)).map((f) => f.name);
    if (missPos.length) throw pyErr(TypeError, `${qual}() missing ${plural(missPos.length, 'required positional argument')}: ${nameList(missPos)}`);
    const missKw = kws.filter((f) => !vals.has(f.name) && !hasDefault(f)).map((f) => f.name);
    if (missKw.length) throw pyErr(TypeError, `${qual}() missing ${plural(missKw.length, 'required keyword-only argument')}: ${nameList(missKw)}`);
    return (function* (): G {
      for (const f of all) {
        if (f.kind === FIELD_CLASSVAR) continue;
        let v: PyValue | undefined;
        if (f.factory !== MISSING) {
          v = f.init && vals.has(f.name) ? vals.get(f.name)! : yield* callF(f.factory);
        } else if (f.init) {
          v = vals.get(f.name) ?? f.default;
        } else {
          continue;
        }
        if (!vals.has(f.name)) vals.set(f.name, v);
        if (f.kind === FIELD_INITVAR) continue;
        if (frozen) yield* drive(ops.genericSetAttr(self, typeOf(self), f.name, v));
        else yield* setA(self, f.name, v);
      }
      if (hasPostInit) {
        const pi = yield* getA(self, '__post_init__');
        yield* callF(pi, initVars.map((f) => vals.get(f.name) ?? f.default));
      }
      return None;
    })();
  };
}

function makeRepr(fields: FieldInfo[]): NativeFn {
  return (a) => (function* (): G {
    const self = a[0] as PyObject;
    const qn = (yield* getA(yield* getA(self, '__class__'), '__qualname__')) as string;
    if (!(self instanceof PyObject) || !reprEnter(self)) return '...';
    try {
      const parts: string[] = [];
      for (const f of fields) parts.push(`${f.name}=${yield* reprOf(yield* getA(self, f.name))}`);
      return `${qn}(${parts.join(', ')})`;
    } finally {
      reprLeave(self);
    }
  })();
}

function* tupleOf(obj: PyValue, names: string[]): G<PyTuple> {
  const items: PyValue[] = [];
  for (const n of names) items.push(yield* getA(obj, n));
  return new PyTuple(items);
}

function makeCmp(names: string[], op: CmpOp): NativeFn {
  return (a) => (function* (): G {
    const [self, other] = a;
    if ((yield* getA(other, '__class__')) !== (yield* getA(self, '__class__'))) return NotImplemented;
    return yield* drive(ops.richCompare(yield* tupleOf(self, names), yield* tupleOf(other, names), op));
  })();
}

function makeHash(names: string[]): NativeFn {
  return (a) => (function* (): G {
    return yield* drive(ops.hash(yield* tupleOf(a[0], names)));
  })();
}

function makeFrozen(cls: PyType, names: string[], del: boolean): NativeFn {
  return (a) => (function* (): G {
    const [self, name] = a;
    if (typeOf(self) === cls || names.includes(name as string)) {
      throw pyErr(FrozenInstanceError, del ? `cannot delete field ${yield* reprOf(name)}` : `cannot assign to field ${yield* reprOf(name)}`);
    }
    const sup = yield* callF(superType, [cls, self]);
    return del ? yield* callF(yield* getA(sup, '__delattr__'), [name]) : yield* callF(yield* getA(sup, '__setattr__'), [name, a[2]]);
  })();
}

// ---------------------------------------------------------------------------------------------------
// dataclass()

const dataclassSig = signature('dataclass', 'cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False');

const dataclassFn = nativeFunction('dataclass', (args, kwargs) => (function* (): G {
  const v = dataclassSig.parse(args, kwargs);
  const b = function* (i: number, d: boolean): G<boolean> {
    return v[i] === undefined ? d : yield* truth(v[i] as PyValue);
  };
  const p: Params = {
    init: yield* b(1, true),
    repr: yield* b(2, true),
    eq: yield* b(3, true),
    order: yield* b(4, false),
    unsafeHash: yield* b(5, false),
    frozen: yield* b(6, false),
    matchArgs: yield* b(7, true),
    kwOnly: yield* b(8, false),
    slots: yield* b(9, false),
    weakrefSlot: yield* b(10, false),
  };
  const wrap = (cls: PyValue) => {
    if (!(cls instanceof PyType)) throw pyErr(TypeError, `'${typeOf(cls).name}' object has no attribute '__mro__'`);
    return processClass(cls, p);
  };
  const cls = v[0];
  if (cls === undefined || cls === None) return nativeFunction('wrap', (a) => wrap(a[0]));
  return yield* wrap(cls);
})());

// ---------------------------------------------------------------------------------------------------
// fields, asdict, astuple, replace, is_dataclass

function* fieldsOf(v: PyValue): G<FieldInfo[]> {
  let fd: PyValue | undefined;
  try {
    fd = yield* getA(v, '__dataclass_fields__');
  } catch (e) {
    if (isExcOf(e, AttributeError)) throw pyErr(TypeError, 'must be called with a dataclass type or instance');
    throw e;
  }
  return (yield* itemsOf(yield* callF(yield* getA(fd, 'values')))).map(info);
}

const fieldsFn = nativeFunction('fields', (a) => (function* (): G {
  return pyTuple((yield* fieldsOf(a[0])).filter((f) => f.kind === FIELD).map((f) => f.obj));
})());

function isDataclassInstance(v: PyValue): boolean {
  return fieldsDictOf(typeOf(v)) !== undefined;
}

const isDataclassFn = nativeFunction('is_dataclass', (a) => {
  const cls = a[0] instanceof PyType ? a[0] : typeOf(a[0]);
  return fieldsDictOf(cls) !== undefined;
});

function* deepcopy(v: PyValue): G {
  return yield* callF(copyNamespace().deepcopy, [v]);
}

/** CPython: _asdict_inner / _astuple_inner. */
function* convertInner(obj: PyValue, factory: PyValue, asDict: boolean): G {
  if (isDataclassInstance(obj)) {
    const out: PyValue[] = [];
    for (const f of yield* fieldsOf(obj)) {
      if (f.kind !== FIELD) continue;
      const v = yield* convertInner(yield* getA(obj, f.name), factory, asDict);
      out.push(asDict ? pyTuple([f.name, v]) : v);
    }
    return yield* callF(factory, [new PyList(out)]);
  }
  const t = typeOf(obj);
  if (obj instanceof PyTuple && (yield* getOpt(obj, '_fields')) !== undefined) {
    const items: PyValue[] = [];
    for (const x of obj.items) items.push(yield* convertInner(x, factory, asDict));
    return yield* callF(t, items);
  }
  if (obj instanceof PyTuple || obj instanceof PyList) {
    const items: PyValue[] = [];
    for (const x of obj.items) items.push(yield* convertInner(x, factory, asDict));
    return yield* callF(t, [new PyList(items)]);
  }
  if (obj instanceof PyDict) {
    const items: PyValue[] = [];
    for (const [k, v] of obj.entries()) items.push(pyTuple([yield* convertInner(k, factory, asDict), yield* convertInner(v, factory, asDict)]));
    return yield* callF(t, [new PyList(items)]);
  }
  return yield* deepcopy(obj);
}

function kwFactory(fname: string, kwargs: KwArgs, key: string, dflt: PyValue): PyValue {
  if (kwargs === null) return dflt;
  for (const k of kwargs.keys()) if (k !== key) throw pyErr(TypeError, `${fname}() got an unexpected keyword argument '${k}'`);
  return kwargs.get(key) ?? dflt;
}

const asdictFn = nativeFunction('asdict', (a, kw) => (function* (): G {
  const factory = kwFactory('asdict', kw, 'dict_factory', dictTypeRef());
  if (!isDataclassInstance(a[0])) throw pyErr(TypeError, 'asdict() should be called on dataclass instances');
  return yield* convertInner(a[0], factory, true);
})());

const astupleFn = nativeFunction('astuple', (a, kw) => (function* (): G {
  const factory = kwFactory('astuple', kw, 'tuple_factory', typeOf(pyTuple([])));
  if (!isDataclassInstance(a[0])) throw pyErr(TypeError, 'astuple() should be called on dataclass instances');
  return yield* convertInner(a[0], factory, false);
})());

function dictTypeRef(): PyType {
  return typeOf(new PyDict());
}

const replaceFn = nativeFunction('replace', (a, kw) => (function* (): G {
  if (a.length !== 1) throw pyErr(TypeError, `replace() takes 1 positional argument but ${a.length} were given`);
  const obj = a[0];
  if (!isDataclassInstance(obj)) throw pyErr(TypeError, 'replace() should be called on dataclass instances');
  const changes = new Map<string, PyValue>(kw ?? []);
  for (const f of yield* fieldsOf(obj)) {
    if (f.kind === FIELD_CLASSVAR) continue;
    if (!f.init) {
      if (changes.has(f.name)) throw pyErr(ValueError, `field ${f.name} is declared with init=False, it cannot be specified with replace()`);
      continue;
    }
    if (!changes.has(f.name)) {
      if (f.kind === FIELD_INITVAR && f.default === MISSING) throw pyErr(ValueError, `InitVar '${f.name}' must be specified with replace()`);
      changes.set(f.name, yield* getA(obj, f.name));
    }
  }
  return yield* callF(yield* getA(obj, '__class__'), [], changes);
})());

/** make_dataclass(cls_name, fields, *, bases=(), namespace=None, **dataclass options). */
const makeDataclassFn = nativeFunction('make_dataclass', (a, kw) => (function* (): G {
  const [name, fieldsArg] = a;
  const opts = new Map(kw ?? []);
  const bases = opts.get('bases') ?? pyTuple([]);
  const nsArg = opts.get('namespace');
  opts.delete('bases');
  opts.delete('namespace');
  const ns = new PyDict();
  if (nsArg instanceof PyDict) for (const [k, v] of nsArg.entries()) ns.setStr(k as string, v);
  const ann = new PyDict();
  for (const item of yield* itemsOf(fieldsArg as PyValue)) {
    if (typeof item === 'string') ann.setStr(item, 'typing.Any');
    else {
      const parts = yield* itemsOf(item);
      if (parts.length === 2) ann.setStr(parts[0] as string, parts[1]);
      else if (parts.length === 3) {
        ann.setStr(parts[0] as string, parts[1]);
        ns.setStr(parts[0] as string, parts[2]);
      } else throw pyErr(TypeError, `Invalid field: ${yield* reprOf(item)}`);
    }
  }
  ns.setStr('__annotations__', ann);
  const cls = yield* callF(typeType, [name, bases, ns]);
  return yield* callF(dataclassFn, [cls], opts.size ? opts : null);
})());

export default defineModule({
  name: 'dataclasses',
  init: () => ({
    dataclass: dataclassFn,
    field: fieldFn,
    Field: fieldType,
    fields: fieldsFn,
    asdict: asdictFn,
    astuple: astupleFn,
    replace: replaceFn,
    is_dataclass: isDataclassFn,
    make_dataclass: makeDataclassFn,
    MISSING,
    KW_ONLY,
    InitVar: initVarType,
    FrozenInstanceError,
    _MISSING_TYPE: missingType,
    _FIELD: FIELD,
    _FIELD_CLASSVAR: FIELD_CLASSVAR,
    _FIELD_INITVAR: FIELD_INITVAR,
    _HAS_DEFAULT_FACTORY: HAS_DEFAULT_FACTORY,
  }),
});
