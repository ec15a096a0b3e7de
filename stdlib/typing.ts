// The `typing` module (CPython: Lib/typing.py), the runtime parts programs use: special forms (Any,
// Union, Optional, ClassVar, Final, Literal, NoReturn, ...), the generic aliases of builtin and
// collections.abc classes (List, Dict, Iterable, Callable, ...) that subscript and print as CPython's
// (`typing.List[int]`, `typing.Optional[int]`), TypeVar, Generic (subscriptable base with __parameters__),
// Protocol + runtime_checkable (structural isinstance), NamedTuple and TypedDict (class syntax and
// functional form), cast, overload, final, NewType, get_type_hints, get_origin, get_args.
//
// Aliases are instances of heap classes named as CPython's (_GenericAlias, _SpecialGenericAlias,
// _UnionGenericAlias, ...) carrying JS fields (origin/args/name) mirrored in their __dict__
// (__origin__, __args__, __parameters__, _name), so dataclasses and user code can inspect them.
// Not here: ParamSpec/Concatenate/TypeVarTuple, generic substitution beyond plain TypeVars.

import { PyObject, settle, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, Ellipsis, noneType, objectType, typeType, typeOf } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, AttributeError, NotImplementedError } from '../src/objects/exceptions.js';
import { nativeFunction, nativeMethod, type NativeFn } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { dictType } from '../src/objects/dict.js';
import { newSet, frozensetType } from '../src/objects/set.js';
import { PyFunction } from '../src/objects/function.js';
import { PyModule } from '../src/objects/module.js';
import { classMethod, staticMethod } from '../src/objects/descriptors.js';
import { typeNew } from '../src/objects/typeobject.js';
import { typeModule } from '../src/objects/object-methods.js';
import { PyUnion, PyGenericAlias, unionType } from '../src/objects/union-alias.js';
import { isCallable } from '../src/objects/call.js';
import * as ops from '../src/objects/ops.js';
import { eval_ } from '../src/builtins/exec.js';
import { runtime } from '../src/builtins/runtime-hooks.js';
import { ABCMeta, abcNew } from './abc.js';
import { abcClasses } from './collections_abc.js';
import { dequeType, defaultdictType, orderedDictType, counterType, chainMapType, makeNamedTuple } from './collections.js';
import { defineClass, runSync, getA, getOpt, setA, callF, strOf, reprOf, truth, itemsOf, field, setField, eq } from './lib/pyclass.js';
import { defineModule } from './index.js';
import { listType } from '../src/objects/list.js';
import { setType } from '../src/objects/set.js';
import { bytesType } from '../src/objects/bytes.js';
import { AssertionError } from '../src/objects/exceptions.js';

type G<T = PyValue> = Generator<any, T, any>;

const isTuple = (v: PyValue): v is PyTuple => v instanceof PyTuple;
const paramsOf = (v: PyValue): PyValue[] => (isTuple(v) ? v.items.slice() : [v]);

// ---------------------------------------------------------------------------------------------------
// TypeVar and ForwardRef

const tvSig = ['bound', 'covariant', 'contravariant'];
export const TypeVar = defineClass('typing', 'TypeVar', [objectType], {
  __init__: function* (a, kw): NativeGen {
    const [self, name, ...constraints] = a;
    if (typeof name !== 'string') throw pyErr(TypeError, 'TypeVar() argument 1 must be str');
    for (const k of kw?.keys() ?? []) if (!tvSig.includes(k)) throw pyErr(TypeError, `TypeVar.__init__() got an unexpected keyword argument '${k}'`);
    const cov = yield* truth(kw?.get('covariant') ?? false);
    const contra = yield* truth(kw?.get('contravariant') ?? false);
    if (cov && contra) throw pyErr(TypeError, 'Bivariant types are not supported.');
    const bound = kw?.get('bound') ?? None;
    if (constraints.length === 1) throw pyErr(TypeError, 'A single constraint is not allowed');
    if (constraints.length && bound !== None) throw pyErr(TypeError, 'Constraints cannot be combined with bound=...');
    setField(self, '__name__', name);
    setField(self, '__bound__', bound === None ? None : typeCheck(bound));
    setField(self, '__constraints__', pyTuple(constraints.map(typeCheck)));
    setField(self, '__covariant__', cov);
    setField(self, '__contravariant__', contra);
    return None;
  },
  __repr__: (a) => `${field(a[0], '__covariant__') ? '+' : field(a[0], '__contravariant__') ? '-' : '~'}${field(a[0], '__name__') as string}`,
  __or__: (a) => unionOf([a[0], a[1]]),
  __ror__: (a) => unionOf([a[1], a[0]]),
  __mro_entries__: () => {
    throw pyErr(TypeError, 'Cannot subclass an instance of TypeVar');
  },
});
const isTypeVar = (v: PyValue) => v instanceof PyObject && typeOf(v).isSubtypeOf(TypeVar);

export const ForwardRef = defineClass('typing', 'ForwardRef', [objectType], {
  __init__: (a) => {
    if (typeof a[1] !== 'string') throw pyErr(TypeError, `Forward reference must be a string -- got ${ops.repr(a[1])}`);
    setField(a[0], '__forward_arg__', a[1]);
    return None;
  },
  __repr__: function* (a): NativeGen {
    return `ForwardRef(${yield* reprOf(field(a[0], '__forward_arg__') ?? None)})`;
  },
  __eq__: (a) => (a[1] instanceof PyObject && typeOf(a[1]) === ForwardRef ? field(a[0], '__forward_arg__') === field(a[1], '__forward_arg__') : NotImplemented),
  __hash__: (a) => strHash(field(a[0], '__forward_arg__') as string),
});
function forwardRef(s: string): PyObject {
  const o = new PyObject(ForwardRef);
  setField(o, '__forward_arg__', s);
  return o;
}
const isForwardRef = (v: PyValue) => v instanceof PyObject && typeOf(v) === ForwardRef;

function strHash(s: string): number {
  let h = 17;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

/** CPython: typing._type_check / _type_convert (None -> NoneType, str -> ForwardRef). */
function typeCheck(v: PyValue): PyValue {
  if (v === None) return noneType;
  if (typeof v === 'string') return forwardRef(v);
  return v;
}

// ---------------------------------------------------------------------------------------------------
// Aliases

class TAlias extends PyObject {
  origin: PyValue = None;
  /** null: an unsubscripted special alias (List). */
  args: PyValue[] | null = null;
  name: string | null = null;
  inst = true;
  nparams = 0;
}

/** CPython: typing._type_repr. */
function* typeRepr(v: PyValue): G<string> {
  if (v instanceof PyType) {
    const m = typeModule(v);
    return m === 'builtins' ? v.qualname : `${m}.${v.qualname}`;
  }
  if (v === Ellipsis) return '...';
  if (v instanceof PyFunction) return v.name;
  return yield* reprOf(v);
}

function* reprArgs(args: PyValue[]): G<string> {
  const out: string[] = [];
  for (const a of args) out.push(yield* typeRepr(a));
  return out.join(', ');
}

function collectParams(args: PyValue[]): PyValue[] {
  const out: PyValue[] = [];
  const add = (p: PyValue) => {
    if (!out.includes(p)) out.push(p);
  };
  for (const a of args) {
    if (isTypeVar(a)) add(a);
    else if (a instanceof TAlias && a.args !== null) collectParams(a.args).forEach(add);
    else if (a instanceof PyTuple) collectParams(a.items).forEach(add);
  }
  return out;
}

function mkAlias(t: PyType, origin: PyValue, args: PyValue[] | null, name: string | null, inst = true): TAlias {
  const o = new TAlias(t);
  o.dict = new PyDict();
  o.origin = origin;
  o.args = args;
  o.name = name;
  o.inst = inst;
  o.dict.setStr('_name', name ?? None);
  o.dict.setStr('__origin__', origin);
  if (args !== null) o.dict.setStr('__args__', pyTuple(args));
  o.dict.setStr('__parameters__', pyTuple(args === null ? [] : collectParams(args)));
  if (name === null && origin instanceof PyType) o.dict.setStr('__module__', typeModule(origin));
  return o;
}

function* aliasEq(a: TAlias, b: PyValue): G<boolean> {
  if (b instanceof PyUnion && a.type === UnionAlias) return a.args!.length === b.args.length && a.args!.every((x) => b.args.includes(x));
  if (!(b instanceof TAlias)) return false;
  if (a.origin !== b.origin || (a.args === null) !== (b.args === null)) return false;
  if (a.args === null || b.args === null) return a.name === b.name;
  if (a.args.length !== b.args.length) return false;
  if (a.type === UnionAlias || a.type === LiteralAlias) {
    for (const x of a.args) if (!(yield* containsEq(b.args, x))) return false;
    return true;
  }
  for (let i = 0; i < a.args.length; i++) if (!(yield* eq(a.args[i], b.args[i]))) return false;
  return true;
}
function* containsEq(xs: PyValue[], y: PyValue): G<boolean> {
  for (const x of xs) if (typeOf(x) === typeOf(y) && (yield* eq(x, y))) return true;
  return false;
}
function* hashOf(v: PyValue): G<number> {
  return Number(yield* settle(ops.hash(v)));
}

function* subscript(self: TAlias, key: PyValue): G {
  const t = self.type;
  if (self.args === null) {
    // a special alias: List[int], Tuple[int, ...], Callable[[int], str]
    if (t === CallableType) {
      if (!isTuple(key) || key.items.length !== 2) throw pyErr(TypeError, 'Callable must be used as Callable[[arg, ...], result].');
      const [args, result] = key.items;
      if (args === Ellipsis) return mkAlias(CallableAlias, self.origin, [Ellipsis, typeCheck(result)], 'Callable');
      const argl = args instanceof PyList ? args.items : paramsOf(args);
      return mkAlias(CallableAlias, self.origin, [...argl.map(typeCheck), typeCheck(result)], 'Callable');
    }
    const params = paramsOf(key).map(typeCheck);
    if (t === TupleType) {
      if (isTuple(key) && key.items.length === 0) return mkAlias(GenericAlias, self.origin, [], self.name, false);
      return mkAlias(GenericAlias, self.origin, params, self.name, false);
    }
    if (params.length !== self.nparams) {
      throw pyErr(TypeError, `Too ${params.length > self.nparams ? 'many' : 'few'} arguments for ${yield* reprOf(self)}; actual ${params.length}, expected ${self.nparams}`);
    }
    return mkAlias(GenericAlias, self.origin, params, self.name, self.inst);
  }
  // substitute type variables: Dict[str, T][int]
  const tparams = collectParams(self.args);
  if (tparams.length === 0) throw pyErr(TypeError, `${yield* reprOf(self)} is not a generic class`);
  const given = paramsOf(key).map(typeCheck);
  if (given.length !== tparams.length) {
    throw pyErr(TypeError, `Too ${given.length > tparams.length ? 'many' : 'few'} arguments for ${yield* reprOf(self)}; actual ${given.length}, expected ${tparams.length}`);
  }
  const map = new Map(tparams.map((p, i) => [p, given[i]]));
  return substitute(self, map);
}

function substitute(v: PyValue, map: Map<PyValue, PyValue>): PyValue {
  if (isTypeVar(v)) return map.get(v) ?? v;
  if (v instanceof TAlias && v.args !== null) {
    const args = v.args.map((a) => substitute(a, map));
    if (v.type === UnionAlias) return unionOf(args);
    return mkAlias(v.type, v.origin, args, v.name, v.inst);
  }
  return v;
}

/** Union[*params] (CPython: typing.Union.__getitem__ with _remove_dups_flatten). */
function unionOf(params: PyValue[]): PyValue {
  if (params.length === 0) throw pyErr(TypeError, 'Cannot take a Union of no types.');
  const flat: PyValue[] = [];
  for (let p of params) {
    p = typeCheck(p);
    const parts = p instanceof TAlias && p.type === UnionAlias ? p.args! : p instanceof PyUnion ? p.args : [p];
    for (const x of parts) if (!flat.some((y) => y === x || (y instanceof TAlias && x instanceof TAlias && sameAliasSync(y, x)))) flat.push(x);
  }
  if (flat.length === 1) return flat[0];
  return mkAlias(UnionAlias, Union, flat, flat.length === 2 && flat.includes(noneType) ? 'Optional' : null);
}
function sameAliasSync(a: TAlias, b: TAlias): boolean {
  return a.type === b.type && a.origin === b.origin && a.args !== null && b.args !== null && a.args.length === b.args.length && a.args.every((x, i) => x === b.args![i]);
}

const aliasMethods: Record<string, NativeFn | PyValue> = {
  __repr__: function* (a): NativeGen {
    const s = a[0] as TAlias;
    if (s.args === null) return `typing.${s.name}`;
    if (s.type === UnionAlias && s.args.length === 2) {
      if (s.args[0] === noneType) return `typing.Optional[${yield* typeRepr(s.args[1])}]`;
      if (s.args[1] === noneType) return `typing.Optional[${yield* typeRepr(s.args[0])}]`;
    }
    if (s.type === CallableAlias && !(s.args.length === 2 && s.args[0] === Ellipsis)) {
      return `typing.Callable[[${yield* reprArgs(s.args.slice(0, -1))}], ${yield* typeRepr(s.args[s.args.length - 1])}]`;
    }
    if (s.type === AnnotatedAlias) return `typing.Annotated[${yield* typeRepr(s.origin)}, ${yield* reprArgs((field(s, '__metadata__') as PyTuple).items)}]`;
    const head = s.name !== null ? `typing.${s.name}` : yield* typeRepr(s.origin);
    return `${head}[${s.args.length ? yield* reprArgs(s.args) : '()'}]`;
  },
  __getitem__: (a) => subscript(a[0] as TAlias, a[1]),
  __eq__: function* (a): NativeGen {
    if (!(a[1] instanceof TAlias) && !(a[1] instanceof PyUnion)) return NotImplemented;
    return yield* aliasEq(a[0] as TAlias, a[1]);
  },
  __hash__: function* (a): NativeGen {
    const s = a[0] as TAlias;
    let h = yield* hashOf(s.origin);
    if (s.args === null) return h ^ strHash(s.name ?? '');
    if (s.type === UnionAlias || s.type === LiteralAlias) {
      for (const x of s.args) h ^= yield* hashOf(x);
      return h;
    }
    for (const x of s.args) h = (h * 1000003) ^ (yield* hashOf(x));
    return h | 0;
  },
  __call__: function* (a, kw): NativeGen {
    const s = a[0] as TAlias;
    if (!s.inst) {
      const on = s.origin instanceof PyType ? s.origin.name.toLowerCase() : '?';
      throw pyErr(TypeError, `Type ${s.name} cannot be instantiated; use ${on}() instead`);
    }
    if (s.origin instanceof TForm || s.type === UnionAlias) throw pyErr(TypeError, `Cannot instantiate ${yield* reprOf(s.origin)}`);
    const r = yield* callF(s.origin, a.slice(1), kw);
    if (r instanceof PyObject && r.dict !== null) r.dict.setStr('__orig_class__', s);
    return r;
  },
  __mro_entries__: function* (a): NativeGen {
    const s = a[0] as TAlias;
    const bases = (a[1] as PyTuple).items;
    if (s.origin instanceof TForm || s.type === UnionAlias) throw pyErr(TypeError, `Cannot subclass ${yield* reprOf(s)}`);
    if (s.name === null) {
      if (s.origin === Generic) {
        if (bases.includes(Protocol)) return pyTuple([]);
        const i = bases.indexOf(s);
        for (const b of bases.slice(i + 1)) if (b instanceof TAlias && b !== s) return pyTuple([]);
      }
      return pyTuple([s.origin]);
    }
    const res: PyValue[] = [];
    if (!bases.includes(s.origin)) res.push(s.origin);
    const i = bases.indexOf(s);
    if (!bases.slice(i + 1).some((b) => b instanceof TAlias || (b instanceof PyType && b.isSubtypeOf(Generic)))) res.push(Generic);
    return pyTuple(res);
  },
  __getattr__: (a) => {
    const s = a[0] as TAlias;
    const n = a[1] as string;
    if (!(n.startsWith('__') && n.endsWith('__')) && s.origin !== None) return ops.getAttr(s.origin, n);
    throw pyErr(AttributeError, n);
  },
  __instancecheck__: function* (a): NativeGen {
    return yield* aliasSubclassCheck(a[0] as TAlias, typeOf(a[1]));
  },
  __subclasscheck__: function* (a): NativeGen {
    return yield* aliasSubclassCheck(a[0] as TAlias, a[1]);
  },
  __or__: (a) => unionOf([a[0], a[1]]),
  __ror__: (a) => unionOf([a[1], a[0]]),
  __reduce__: (a) => {
    throw pyErr(TypeError, `cannot pickle ${typeOf(a[0]).name}`);
  },
};

function* aliasSubclassCheck(s: TAlias, cls: PyValue): G<boolean> {
  if (s.args !== null || s.type === UnionAlias) throw pyErr(TypeError, 'Subscripted generics cannot be used with class and instance checks');
  if (cls instanceof TAlias && cls.args === null) cls = cls.origin;
  const r = ops.isSubclass(cls, s.origin);
  return typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
}

const BaseAlias = defineClass('typing', '_BaseGenericAlias', [objectType], aliasMethods);
const GenericAlias = defineClass('typing', '_GenericAlias', [BaseAlias], {});
const SpecialAlias = defineClass('typing', '_SpecialGenericAlias', [BaseAlias], {});
const UnionAlias = defineClass('typing', '_UnionGenericAlias', [GenericAlias], {});
const CallableAlias = defineClass('typing', '_CallableGenericAlias', [GenericAlias], {});
const LiteralAlias = defineClass('typing', '_LiteralGenericAlias', [GenericAlias], {});
const AnnotatedAlias = defineClass('typing', '_AnnotatedAlias', [GenericAlias], {});
const CallableType = defineClass('typing', '_CallableType', [SpecialAlias], {});
const TupleType = defineClass('typing', '_TupleType', [SpecialAlias], {});

function special(name: string, origin: PyType, nparams: number, inst = true, t: PyType = SpecialAlias): TAlias {
  const a = mkAlias(t, origin, null, name, inst);
  a.nparams = nparams;
  return a;
}

// ---------------------------------------------------------------------------------------------------
// Special forms

class TForm extends PyObject {
  constructor(t: PyType, public name: string, public getitem: ((self: TForm, key: PyValue) => G) | null) {
    super(t);
    this.dict = new PyDict();
    this.dict.setStr('_name', name);
  }
}

const SpecialForm = defineClass('typing', '_SpecialForm', [objectType], {
  __repr__: (a) => `typing.${(a[0] as TForm).name}`,
  __getitem__: function* (a): NativeGen {
    const f = a[0] as TForm;
    if (f.getitem === null) throw pyErr(TypeError, `typing.${f.name} is not subscriptable`);
    return yield* f.getitem(f, a[1]);
  },
  __call__: (a) => {
    throw pyErr(TypeError, `Cannot instantiate typing.${(a[0] as TForm).name}`);
  },
  __instancecheck__: (a) => {
    throw pyErr(TypeError, `typing.${(a[0] as TForm).name} cannot be used with isinstance()`);
  },
  __subclasscheck__: (a) => {
    throw pyErr(TypeError, `typing.${(a[0] as TForm).name} cannot be used with issubclass()`);
  },
  __mro_entries__: (a) => {
    throw pyErr(TypeError, `Cannot subclass typing.${(a[0] as TForm).name}`);
  },
  __or__: (a) => unionOf([a[0], a[1]]),
  __ror__: (a) => unionOf([a[1], a[0]]),
  __reduce__: (a) => (a[0] as TForm).name,
});
const LiteralSpecialForm = defineClass('typing', '_LiteralSpecialForm', [SpecialForm], {});

const form = (name: string, getitem: ((self: TForm, key: PyValue) => G) | null = null, t = SpecialForm) => new TForm(t, name, getitem);

function* single(self: TForm, key: PyValue, what: string): G {
  if (isTuple(key)) throw pyErr(TypeError, `typing.${self.name} ${what} Got ${yield* reprOf(key)}.`);
  return mkAlias(GenericAlias, self, [typeCheck(key)], null);
}
const oneType = (self: TForm, key: PyValue) => single(self, key, 'accepts only single type.');

const Union = form('Union', function* (_s, key) {
  return unionOf(paramsOf(key));
});
const Optional = form('Optional', function* (self, key) {
  if (isTuple(key)) throw pyErr(TypeError, `typing.Optional requires a single type. Got ${yield* reprOf(key)}.`);
  return unionOf([key, None]);
});
const ClassVar = form('ClassVar', oneType);
const Final = form('Final', oneType);
const TypeGuard = form('TypeGuard', oneType);
const Required = form('Required', oneType);
const NotRequired = form('NotRequired', oneType);
const Literal = form('Literal', function* (self, key) {
  const params: PyValue[] = [];
  for (const p of paramsOf(key)) if (!(yield* containsEq(params, p))) params.push(p);
  return mkAlias(LiteralAlias, self, params, null);
}, LiteralSpecialForm);
const Annotated = form('Annotated', function* (_s, key) {
  if (!isTuple(key) || key.items.length < 2) throw pyErr(TypeError, 'Annotated[...] should be used with at least two arguments (a type and an annotation).');
  const [t, ...meta] = key.items;
  const a = mkAlias(AnnotatedAlias, typeCheck(t), [typeCheck(t)], null);
  a.dict!.setStr('__metadata__', pyTuple(meta));
  return a;
});

// Any: a class (3.11), printed as typing.Any, refusing isinstance checks.
const AnyMeta = defineClass('typing', '_AnyMeta', [typeType], {
  __instancecheck__: (a) => {
    if (a[0] === Any) throw pyErr(TypeError, 'typing.Any cannot be used with isinstance()');
    return ops.isInstance(a[1], a[0]) as PyValue;
  },
  __repr__: (a) => (a[0] === Any ? 'typing.Any' : `<class '${typeModule(a[0] as PyType)}.${(a[0] as PyType).qualname}'>`),
});
const Any = runSync(typeNew.fn([AnyMeta, 'Any', pyTuple([objectType]), nsOf({ __module__: 'typing', __doc__: 'Special type indicating an unconstrained type.' })], null)) as PyType;

function nsOf(o: Record<string, PyValue>): PyDict {
  const d = new PyDict();
  for (const [k, v] of Object.entries(o)) d.setStr(k, v);
  return d;
}

// ---------------------------------------------------------------------------------------------------
// Generic and Protocol

function* genericClassGetItem(cls: PyType, key: PyValue): G {
  const params = paramsOf(key).map(typeCheck);
  if (cls === Generic || cls === Protocol) {
    if (params.length === 0) throw pyErr(TypeError, `Parameter list to ${cls.qualname}[...] cannot be empty`);
    if (!params.every(isTypeVar)) throw pyErr(TypeError, `Parameters to ${cls.name}[...] must all be type variables or parameter specification variables.`);
    if (new Set(params).size !== params.length) throw pyErr(TypeError, `Parameters to ${cls.name}[...] must all be unique`);
  } else {
    const own = yield* getOpt(cls, '__parameters__');
    const n = own instanceof PyTuple ? own.items.length : 0;
    if (n === 0) throw pyErr(TypeError, `${yield* reprOf(cls)} is not a generic class`);
    if (params.length !== n) throw pyErr(TypeError, `Too ${params.length > n ? 'many' : 'few'} arguments for ${yield* reprOf(cls)}; actual ${params.length}, expected ${n}`);
  }
  return mkAlias(GenericAlias, cls, params, null);
}

function* genericInitSubclass(cls: PyType): G<void> {
  const orig = cls.ns.get('__orig_bases__');
  const error = orig instanceof PyTuple ? orig.items.includes(Generic)
    : cls.bases.includes(Generic) && cls.name !== 'Protocol' && typeOf(cls) !== TypedDictMeta;
  if (error) throw pyErr(TypeError, 'Cannot inherit from plain Generic');
  let tvars: PyValue[] = [];
  if (orig instanceof PyTuple) {
    tvars = collectParams(orig.items);
    let gvars: PyValue[] | null = null;
    for (const b of orig.items) {
      if (b instanceof TAlias && b.origin === Generic) {
        if (gvars !== null) throw pyErr(TypeError, 'Cannot inherit from Generic[...] multiple types.');
        gvars = collectParams(b.args!);
      }
    }
    if (gvars !== null) {
      const missing = tvars.filter((t) => !gvars!.includes(t));
      if (missing.length) {
        const r = (xs: PyValue[]) => xs.map((t) => `~${field(t, '__name__') as string}`).join(', ');
        throw pyErr(TypeError, `Some type variables (${r(missing)}) are not listed in Generic[${r(gvars)}]`);
      }
      tvars = gvars;
    }
  }
  cls.setAttr('__parameters__', pyTuple(tvars));
}

export const Generic = defineClass('typing', 'Generic', [objectType], {
  __slots__: pyTuple([]),
  _is_protocol: false,
  __class_getitem__: classMethod(nativeFunction('__class_getitem__', (a) => genericClassGetItem(a[0] as PyType, a[1]))),
  __init_subclass__: classMethod(nativeFunction('__init_subclass__', function* (a): NativeGen {
    yield* genericInitSubclass(a[0] as PyType);
    return None;
  })),
}, 'Abstract base class for generic types.');

const EXCLUDED = new Set(['__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
  '__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__', '__slots__',
  '__subclasshook__', '__weakref__', '__class_getitem__', '_MutableMapping__marker', '__qualname__', '__init_subclass__']);

function* protocolAttrs(cls: PyType): G<string[]> {
  const attrs: string[] = [];
  for (const base of cls.mro.slice(0, -1)) {
    if (base.name === 'Protocol' || base.name === 'Generic') continue;
    const ann = base.ns.get('__annotations__');
    const names = [...base.ns.keys()];
    if (ann instanceof PyDict) for (const k of yield* itemsOf(ann)) if (typeof k === 'string') names.push(k);
    for (const n of names) if (!n.startsWith('_abc_') && !EXCLUDED.has(n) && !attrs.includes(n)) attrs.push(n);
  }
  return attrs;
}

function* callableMembersOnly(cls: PyType): G<boolean> {
  for (const n of yield* protocolAttrs(cls)) if (!isCallable((yield* getOpt(cls, n)) ?? None)) return false;
  return true;
}

const isProto = (cls: PyValue) => cls instanceof PyType && cls.ns.get('_is_protocol') === true;
const isRuntime = (cls: PyType) => cls.lookup('_is_runtime_protocol') === true;
const notRuntime = () => pyErr(TypeError, 'Instance and class checks can only be used with @runtime_checkable protocols');

function* protoHook(cls: PyType, other: PyValue): G {
  if (!isProto(cls)) return NotImplemented;
  if (!isRuntime(cls)) throw notRuntime();
  if (!(yield* callableMembersOnly(cls))) throw pyErr(TypeError, "Protocols with non-method members don't support issubclass()");
  if (!(other instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
  for (const attr of yield* protocolAttrs(cls)) {
    let found = false;
    for (const base of other.mro) {
      if (base.ns.has(attr)) {
        if (base.ns.get(attr) === None) return NotImplemented;
        found = true;
        break;
      }
      const ann = base.ns.get('__annotations__');
      if (ann instanceof PyDict && ann.getStr(attr) !== undefined && other.isSubtypeOf(Generic) && isProto(other)) {
        found = true;
        break;
      }
    }
    if (!found) return NotImplemented;
  }
  return true;
}

const abcInstanceCheck = ABCMeta.lookup('__instancecheck__')!;
const ProtocolMeta = defineClass('typing', '_ProtocolMeta', [ABCMeta], {
  __instancecheck__: function* (a): NativeGen {
    const [cls, inst] = a as [PyType, PyValue];
    if (isProto(cls) && !isRuntime(cls)) throw notRuntime();
    if ((!isProto(cls) || (yield* callableMembersOnly(cls))) && typeOf(inst).isSubtypeOf(cls)) return true;
    if (isProto(cls)) {
      let all = true;
      for (const attr of yield* protocolAttrs(cls)) {
        const v = yield* getOpt(inst, attr);
        if (v === undefined || (isCallable((yield* getOpt(cls, attr)) ?? None) && v === None)) {
          all = false;
          break;
        }
      }
      if (all) return true;
    }
    return yield* settle(ops.callUnbound(abcInstanceCheck, cls, [inst], null));
  },
});

const protoInitSubclass = nativeFunction('__init_subclass__', function* (a): NativeGen {
  const cls = a[0] as PyType;
  yield* genericInitSubclass(cls);
  if (!cls.ns.has('_is_protocol')) cls.setAttr('_is_protocol', cls.bases.includes(Protocol));
  if (!cls.ns.has('__subclasshook__')) {
    cls.setAttr('__subclasshook__', classMethod(nativeFunction('_proto_hook', (b) => protoHook(cls, b[1]))));
  }
  return None;
});

export const Protocol: PyType = runSync(abcNew.fn([ProtocolMeta, 'Protocol', pyTuple([Generic]), nsOf({
  __module__: 'typing',
  __qualname__: 'Protocol',
  __doc__: 'Base class for protocol classes.',
  __slots__: pyTuple([]),
  _is_protocol: true,
  _is_runtime_protocol: false,
  __init_subclass__: classMethod(protoInitSubclass),
  __init__: nativeMethod('Protocol', '__init__', (a) => {
    if (isProto(typeOf(a[0]))) throw pyErr(TypeError, 'Protocols cannot be instantiated');
    return None;
  }),
})], null)) as PyType;

const runtimeCheckable = nativeFunction('runtime_checkable', function* (a): NativeGen {
  const cls = a[0];
  if (!(cls instanceof PyType && cls.isSubtypeOf(Generic) && isProto(cls))) {
    throw pyErr(TypeError, `@runtime_checkable can be only applied to protocol classes, got ${yield* reprOf(cls)}`);
  }
  cls.setAttr('_is_runtime_protocol', true);
  return cls;
});

// ---------------------------------------------------------------------------------------------------
// NamedTuple and TypedDict

const PROHIBITED = new Set(['__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults', '_make', '_replace', '_asdict', '_source']);
const SPECIAL = new Set(['__module__', '__name__', '__annotations__']);

function* makeNmTuple(name: string, fields: [string, PyValue][], defaults: PyValue[], module: string): G<PyType> {
  const cls = makeNamedTuple({ typename: name, fields: fields.map((f) => f[0]), defaults, module });
  const ann = new PyDict();
  for (const [k, t] of fields) ann.setStr(k, typeCheck(t));
  cls.setAttr('__annotations__', ann);
  return cls;
}

function* annotationItems(ann: PyValue | undefined): G<[string, PyValue][]> {
  if (!(ann instanceof PyDict)) return [];
  const out: [string, PyValue][] = [];
  for (const k of yield* itemsOf(ann)) out.push([k as string, ann.getStr(k as string) ?? None]);
  return out;
}

const NamedTupleMeta = defineClass('typing', 'NamedTupleMeta', [typeType], {
  __new__: staticMethod(nativeFunction('__new__', function* (a): NativeGen {
    const [, typename, bases, ns] = a as [PyType, string, PyTuple, PyDict];
    for (const b of bases.items) if (b !== NamedTuple && b !== Generic) throw pyErr(TypeError, 'can only inherit from a NamedTuple type and Generic');
    const types = yield* annotationItems(ns.getStr('__annotations__'));
    const defaultNames: string[] = [];
    for (const [f] of types) {
      if (ns.getStr(f) !== undefined) defaultNames.push(f);
      else if (defaultNames.length) {
        throw pyErr(TypeError, `Non-default namedtuple field ${f} cannot follow default field${defaultNames.length > 1 ? 's' : ''} ${defaultNames.join(', ')}`);
      }
    }
    const module = ns.getStr('__module__');
    const cls = yield* makeNmTuple(typename, types, defaultNames.map((n) => ns.getStr(n)!), typeof module === 'string' ? module : '__main__');
    const fields = types.map((t) => t[0]);
    for (const k of yield* itemsOf(ns)) {
      const key = k as string;
      if (PROHIBITED.has(key)) throw pyErr(AttributeError, 'Cannot overwrite NamedTuple attribute ' + key);
      if (!SPECIAL.has(key) && !fields.includes(key)) yield* setA(cls, key, ns.getStr(key)!);
    }
    return cls;
  })),
});

const NamedTuple = runSync(typeNew.fn([typeType, 'NamedTuple', pyTuple([objectType]), nsOf({
  __module__: 'typing',
  __qualname__: 'NamedTuple',
  __new__: staticMethod(nativeFunction('NamedTuple', function* (a, kw): NativeGen {
    const [, typename, fields] = a;
    if (typeof typename !== 'string') throw pyErr(TypeError, "NamedTuple() missing required argument 'typename'");
    const items: [string, PyValue][] = [];
    if (fields !== undefined && fields !== None) {
      for (const f of yield* itemsOf(fields)) {
        const [n, t] = yield* itemsOf(f);
        items.push([n as string, t]);
      }
    } else if (kw) for (const [k, v] of kw) items.push([k, v]);
    const g = currentGlobalsName();
    return yield* makeNmTuple(typename, items, [], g);
  })),
})], null)) as PyType;
NamedTuple.type = NamedTupleMeta;

function currentGlobalsName(): string {
  return '__main__';
}

const TypedDictMeta: PyType = defineClass('typing', '_TypedDictMeta', [typeType], {
  __new__: staticMethod(nativeFunction('__new__', function* (a, kw): NativeGen {
    const [mcls, name, bases, ns] = a as [PyType, string, PyTuple, PyDict];
    const total = kw?.get('total') ?? true;
    for (const b of bases.items) {
      if (typeOf(b) !== TypedDictMeta && b !== Generic) throw pyErr(TypeError, 'cannot inherit from both a TypedDict type and a non-TypedDict base class');
    }
    const tp = (yield* settle(typeNew.fn([mcls, name, pyTuple([dictType]), ns], null))) as PyType;
    const annotations = new PyDict();
    const req: PyValue[] = [];
    const opt: PyValue[] = [];
    for (const b of bases.items) {
      if (!(b instanceof PyType)) continue;
      for (const [k, v] of yield* annotationItems(b.ns.get('__annotations__'))) annotations.setStr(k, v);
      for (const [src, dst] of [['__required_keys__', req], ['__optional_keys__', opt]] as const) {
        const s = b.ns.get(src);
        if (s !== undefined) for (const k of yield* itemsOf(s)) if (!dst.includes(k)) dst.push(k);
      }
    }
    const isTotal = yield* truth(total);
    for (const [k, v0] of yield* annotationItems(ns.getStr('__annotations__'))) {
      const v = typeCheck(v0);
      annotations.setStr(k, v);
      const o = v instanceof TAlias ? v.origin : None;
      const required = o === Required ? true : o === NotRequired ? false : isTotal;
      (required ? req : opt).push(k);
    }
    tp.setAttr('__annotations__', annotations);
    tp.setAttr('__required_keys__', newSet(frozensetType, req));
    tp.setAttr('__optional_keys__', newSet(frozensetType, opt));
    if (tp.lookup('__total__') === undefined) tp.setAttr('__total__', isTotal);
    return tp;
  })),
  __init__: () => None,
  __call__: function* (a, kw): NativeGen {
    if (a[0] === TypedDict) {
      // functional form: TypedDict('Name', {'k': type}, total=True)
      const [, name, fields] = a;
      const ns = nsOf({ __module__: '__main__', __annotations__: fields instanceof PyDict ? fields : new PyDict() });
      const k: KwArgs = kw?.has('total') ? new Map([['total', kw.get('total')!]]) : null;
      return yield* callF(TypedDictMeta, [name, pyTuple([TypedDict]), ns], k);
    }
    return yield* callF(dictType, a.slice(1), kw);
  },
  __subclasscheck__: () => {
    throw pyErr(TypeError, 'TypedDict does not support instance and class checks');
  },
  __instancecheck__: () => {
    throw pyErr(TypeError, 'TypedDict does not support instance and class checks');
  },
});
const TypedDict = runSync(typeNew.fn([TypedDictMeta, 'TypedDict', pyTuple([]), nsOf({ __module__: 'typing', __qualname__: 'TypedDict' })], null)) as PyType;

// ---------------------------------------------------------------------------------------------------
// Functions

function* evalType(v: PyValue, globals: PyValue, locals: PyValue): G {
  if (isForwardRef(v)) {
    const src = field(v, '__forward_arg__') as string;
    return typeCheck(yield* callF(eval_, [src, globals, locals]));
  }
  if (typeof v === 'string') return yield* evalType(forwardRef(v), globals, locals);
  if (v === None) return noneType;
  if (v instanceof TAlias && v.args !== null && v.args.some((x) => isForwardRef(x) || x instanceof TAlias)) {
    const args: PyValue[] = [];
    for (const x of v.args) args.push(yield* evalType(x, globals, locals));
    if (v.type === UnionAlias) return unionOf(args);
    const r = mkAlias(v.type, v.origin, args, v.name, v.inst);
    if (v.type === AnnotatedAlias) {
      r.origin = args[0];
      r.dict!.setStr('__origin__', args[0]);
      r.dict!.setStr('__metadata__', v.dict!.getStr('__metadata__')!);
    }
    return r;
  }
  return v;
}

function stripAnnotated(v: PyValue): PyValue {
  if (v instanceof TAlias && v.type === AnnotatedAlias) return stripAnnotated(v.origin);
  if (v instanceof TAlias && v.args !== null && v.args.some((x) => x instanceof TAlias)) {
    const args = v.args.map(stripAnnotated);
    return v.type === UnionAlias ? unionOf(args) : mkAlias(v.type, v.origin, args, v.name, v.inst);
  }
  return v;
}

function moduleDict(name: PyValue): PyValue {
  const mods = (runtime.sys as PyModule | null)?.dict.getStr('modules');
  const m = mods instanceof PyDict && typeof name === 'string' ? mods.getStr(name) : undefined;
  return m instanceof PyModule ? m.dict : new PyDict();
}

const hintsSig = ['obj', 'globalns', 'localns', 'include_extras'];
const getTypeHints = nativeFunction('get_type_hints', function* (a, kw): NativeGen {
  const v: (PyValue | undefined)[] = hintsSig.map((n, i) => a[i] ?? kw?.get(n));
  const obj = v[0]!;
  const globalns = v[1] ?? None;
  const localns = v[2] ?? None;
  const extras = yield* truth(v[3] ?? false);
  const hints = new PyDict();
  const put = (k: string, t: PyValue) => hints.setStr(k, extras ? t : stripAnnotated(t));
  if (obj instanceof PyType) {
    for (const base of [...obj.mro].reverse()) {
      const g = globalns !== None ? globalns : moduleDict(base.ns.get('__module__') ?? None);
      const l = localns !== None ? localns : nsOf(Object.fromEntries(base.ns));
      for (const [k, t] of yield* annotationItems(base.ns.get('__annotations__'))) put(k, yield* evalType(t, g, l));
    }
    return hints;
  }
  let g: PyValue = globalns;
  if (g === None) {
    if (obj instanceof PyModule) g = obj.dict;
    else {
      let f: PyValue = obj;
      for (let w = yield* getOpt(f, '__wrapped__'); w !== undefined; w = yield* getOpt(f, '__wrapped__')) f = w;
      g = (yield* getOpt(f, '__globals__')) ?? new PyDict();
    }
  }
  const l = localns !== None ? localns : g;
  const ann = yield* getOpt(obj, '__annotations__');
  if (ann === undefined || ann === None) {
    if (obj instanceof PyFunction || obj instanceof PyModule || isCallable(obj)) return hints;
    throw pyErr(TypeError, `${yield* reprOf(obj)} is not a module, class, method, or function.`);
  }
  for (const [k, t] of yield* annotationItems(ann)) put(k, yield* evalType(t, g, l));
  return hints;
});

function getOrigin(tp: PyValue): PyValue {
  if (tp instanceof TAlias) return tp.type === AnnotatedAlias ? Annotated : tp.origin;
  if (tp instanceof PyGenericAlias) return tp.origin;
  if (tp instanceof PyUnion) return unionType;
  if (tp === Generic) return Generic;
  return None;
}

function getArgs(tp: PyValue): PyValue {
  if (tp instanceof TAlias && tp.type === AnnotatedAlias) return pyTuple([tp.origin, ...(field(tp, '__metadata__') as PyTuple).items]);
  if (tp instanceof TAlias && tp.args !== null) {
    if (tp.type === CallableAlias && tp.args[0] !== Ellipsis) return pyTuple([new PyList(tp.args.slice(0, -1)), tp.args[tp.args.length - 1]]);
    return pyTuple(tp.args.slice());
  }
  if (tp instanceof PyGenericAlias || tp instanceof PyUnion) return pyTuple(tp.args.slice());
  return pyTuple([]);
}

const overloadDummy = nativeFunction('_overload_dummy', () => {
  throw pyErr(NotImplementedError, 'You should not call an overloaded function. A series of @overload-decorated functions outside a stub module should always be followed by an implementation that is not @overload-ed.');
});

const NewType = defineClass('typing', 'NewType', [objectType], {
  __init__: (a) => {
    const [self, name, tp] = a;
    setField(self, '__name__', name);
    setField(self, '__qualname__', name);
    setField(self, '__supertype__', tp);
    setField(self, '__module__', '__main__');
    return None;
  },
  __repr__: (a) => `${field(a[0], '__module__') as string}.${field(a[0], '__qualname__') as string}`,
  __call__: (a) => a[1],
  __or__: (a) => unionOf([a[0], a[1]]),
  __ror__: (a) => unionOf([a[1], a[0]]),
  __mro_entries__: function* (a): NativeGen {
    const n = field(a[0], '__name__') as string;
    throw pyErr(TypeError, `Cannot subclass an instance of NewType. Perhaps you were looking for: \`${n} = NewType(${yield* reprOf(n)}, ${n})\``);
  },
});

// ---------------------------------------------------------------------------------------------------

export default defineModule({
  name: 'typing',
  doc: 'The typing module: Support for gradual typing as defined by PEP 484 and subsequent PEPs.',
  init: () => {
    const abc = abcClasses;
    const aliases: Record<string, PyValue> = {
      List: special('List', listType, 1, false),
      Dict: special('Dict', dictType, 2, false),
      Set: special('Set', setType, 1, false),
      FrozenSet: special('FrozenSet', frozensetType, 1, false),
      Tuple: special('Tuple', typeOf(pyTuple([])), -1, false, TupleType),
      Type: special('Type', typeType, 1, false),
      Callable: special('Callable', abc.Callable, 2, true, CallableType),
      DefaultDict: special('DefaultDict', defaultdictType, 2, false),
      OrderedDict: special('OrderedDict', orderedDictType, 2, false),
      Counter: special('Counter', counterType, 1, false),
      Deque: special('Deque', dequeType, 1, false),
      ChainMap: special('ChainMap', chainMapType, 2, false),
      AbstractSet: special('AbstractSet', abc.Set, 1),
    };
    const abcParams: Record<string, number> = {
      Iterable: 1, Iterator: 1, Sequence: 1, MutableSequence: 1, Mapping: 2, MutableMapping: 2, MutableSet: 1, Collection: 1,
      Container: 1, Reversible: 1, Generator: 3, AsyncIterator: 1, AsyncIterable: 1, AsyncGenerator: 2, Awaitable: 1,
      Coroutine: 3, KeysView: 1, ItemsView: 2, ValuesView: 1, MappingView: 1, Hashable: 0, Sized: 0, ByteString: 0,
    };
    for (const [k, n] of Object.entries(abcParams)) aliases[k] = special(k, abc[k], n);
    const T = (name: string, ...c: PyValue[]) => {
      const o = new PyObject(TypeVar);
      setField(o, '__name__', name);
      setField(o, '__bound__', None);
      setField(o, '__constraints__', pyTuple(c));
      setField(o, '__covariant__', false);
      setField(o, '__contravariant__', false);
      return o;
    };
    return {
      ...aliases,
      Any, Union, Optional, ClassVar, Final, Literal, Annotated, TypeGuard, Required, NotRequired,
      NoReturn: form('NoReturn'), Never: form('Never'), Self: form('Self'), LiteralString: form('LiteralString'), TypeAlias: form('TypeAlias'),
      TypeVar, Generic, Protocol, NamedTuple, TypedDict, ForwardRef, NewType,
      AnyStr: T('AnyStr', bytesType, typeOf('')),
      Text: typeOf(''),
      TYPE_CHECKING: false,
      runtime_checkable: runtimeCheckable,
      cast: nativeFunction('cast', (a) => a[1], 'Cast a value to a type.\n\nThis returns the value unchanged.'),
      overload: () => overloadDummy,
      final: function* (a): NativeGen {
        try {
          yield* setA(a[0], '__final__', true);
        } catch {
          // CPython ignores attributes that cannot be set
        }
        return a[0];
      },
      no_type_check: function* (a): NativeGen {
        try {
          yield* setA(a[0], '__no_type_check__', true);
        } catch {
          /* ignored */
        }
        return a[0];
      },
      get_type_hints: getTypeHints,
      get_origin: (a) => getOrigin(a[0]),
      get_args: (a) => getArgs(a[0]),
      assert_never: function* (a): NativeGen {
        let r = yield* reprOf(a[0]);
        if (r.length > 100) r = r.slice(0, 100) + '...';
        throw pyErr(AssertionError, `Expected code to be unreachable, but got: ${r}`);
      },
      reveal_type: function* (a): NativeGen {
        const err = (runtime.sys as PyModule).dict.getStr('stderr')!;
        yield* callF(yield* getA(err, 'write'), [`Runtime type is ${yield* reprOf(typeOf(a[0]).name)}\n`]);
        return a[0];
      },
      assert_type: (a) => a[0],
      get_overloads: () => new PyList([]),
      clear_overloads: () => None,
      is_typeddict: (a) => typeOf(a[0]) === TypedDictMeta,
    };
  },
});

