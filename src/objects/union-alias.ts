// types.UnionType (`int | None`) and types.GenericAlias (`list[int]`), CPython: Objects/unionobject.c,
// Objects/genericaliasobject.c. Both appear whenever annotations are evaluated (3.11 evaluates them
// at `def` time), so `def f(x: list[int] | None = None)` must work even though pyts ignores them.
//
//   - type.__or__/__ror__ build a union (deduplicated; a single member collapses to itself);
//     isinstance/issubclass accept unions (ops.ts), refuse generic aliases with CPython's message.
//   - cls[...] on the builtin generic containers (list, dict, tuple, set, frozenset, type, and any
//     type registered with `markGeneric`) gives a GenericAlias (ops.getItem's class path): calling it
//     calls the origin, its attributes forward to the origin, and `class A(list[int])` subclasses list.

import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from './object.js';
import { PyType } from './type.js';
import { builtinType, typeOf, typeType, None, NotImplemented, Ellipsis, noneType } from './builtin-types.js';
import { nativeMethod, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import { pyErr, TypeError } from './exceptions.js';
import { markFinal } from './type-flags.js';
import { PyTuple, pyTuple } from './tuple.js';
import { call } from './call.js';
import { getAttr, noAttr } from './attr.js';
import { repr } from './ops.js';
import { typeDisplayName } from './object-methods.js';

export const unionType = builtinType('UnionType');
unionType.ns.set('__module__', 'types');
export const genericAliasType = builtinType('GenericAlias');
genericAliasType.ns.set('__module__', 'types');
markFinal(unionType);

export class PyUnion extends PyObject {
  constructor(public args: PyValue[]) {
    super(unionType);
  }
}

export class PyGenericAlias extends PyObject {
  constructor(public origin: PyValue, public args: PyValue[]) {
    super(genericAliasType);
  }
}

// ---- unions -----------------------------------------------------------------------------------------

function unionable(v: PyValue): boolean {
  return v === None || v instanceof PyType || v instanceof PyUnion || v instanceof PyGenericAlias;
}

function flatten(v: PyValue): PyValue[] {
  if (v instanceof PyUnion) return v.args;
  return [v === None ? noneType : v];
}

/** `a | b` for types (CPython: _Py_union_type_or). NotImplemented for anything else. */
export function unionOr(a: PyValue, b: PyValue): PyValue {
  if (!unionable(a) || !unionable(b)) return NotImplemented;
  const args: PyValue[] = [];
  for (const x of [...flatten(a), ...flatten(b)]) if (!args.includes(x)) args.push(x);
  return args.length === 1 ? args[0] : new PyUnion(args);
}

/** The member types to test for isinstance/issubclass, or throws for parameterized generics. */
export function unionMembers(u: PyUnion, fn: string): PyValue[] {
  for (const a of u.args) {
    if (a instanceof PyGenericAlias) throw pyErr(TypeError, `${fn}() argument 2 cannot contain a parameterized generic`);
  }
  return u.args;
}

/** repr of one type argument the way typing prints it (CPython: union_repr_item / ga_repr_item). */
function* reprItem(v: PyValue): NativeGen {
  if (v === noneType) return 'None';
  if (v === Ellipsis) return '...';
  if (v instanceof PyType) return typeDisplayName(v);
  const r = repr(v);
  return isPending(r) ? yield* r : r;
}

function* reprJoin(args: PyValue[], sep: string): NativeGen {
  const parts: string[] = [];
  for (const a of args) parts.push((yield* reprItem(a)) as string);
  return parts.join(sep);
}

const orMethod = (owner: string, name: string, reflected: boolean) =>
  nativeMethod(owner, name, (a) => (reflected ? unionOr(a[1], a[0]) : unionOr(a[0], a[1])));

typeType.define({ __or__: orMethod('type', '__or__', false), __ror__: orMethod('type', '__ror__', true) });

unionType.define(methodTable('UnionType', {
  __or__: orMethod('UnionType', '__or__', false),
  __ror__: orMethod('UnionType', '__ror__', true),
  __repr__: (a) => reprJoin((a[0] as PyUnion).args, ' | '),
  __eq__: (a) => {
    const [x, y] = a;
    if (!(y instanceof PyUnion)) return NotImplemented;
    const xs = (x as PyUnion).args;
    return xs.length === y.args.length && xs.every((t) => y.args.includes(t));
  },
  __hash__: (a) => {
    let h = 0x345678;
    for (const t of (a[0] as PyUnion).args) h ^= typeof t === 'object' ? hashOfType(t) : 0;
    return h;
  },
  __instancecheck__: (a) => {
    const v = a[1];
    return unionMembers(a[0] as PyUnion, 'isinstance').some((t) => t instanceof PyType && typeOf(v).isSubtypeOf(t));
  },
  __subclasscheck__: (a) => {
    const v = a[1];
    if (!(v instanceof PyType)) throw pyErr(TypeError, 'issubclass() arg 1 must be a class');
    return unionMembers(a[0] as PyUnion, 'issubclass').some((t) => t instanceof PyType && v.isSubtypeOf(t));
  },
}));
defineGetSet(unionType, '__args__', (u) => pyTuple((u as PyUnion).args.slice()));
defineGetSet(unionType, '__parameters__', () => pyTuple([]));

const typeHashes = new WeakMap<object, number>();
let nextTypeHash = 1;
function hashOfType(t: object): number {
  let h = typeHashes.get(t);
  if (h === undefined) typeHashes.set(t, (h = (nextTypeHash++ * 2654435761) >>> 0));
  return h;
}

// ---- generic aliases --------------------------------------------------------------------------------

const genericTypes = new WeakSet<PyType>();
/** The builtin (non-heap) types whose __class_getitem__ is GenericAlias in CPython. */
const GENERIC_NAMES = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'type', 'deque', 'defaultdict',
  'OrderedDict', 'Counter', 'ChainMap', 'Queue', 'SimpleQueue', 'LifoQueue', 'PriorityQueue', 'enumerate']);

/** Let `cls[...]` make a GenericAlias for this type (CPython: __class_getitem__ = GenericAlias). */
export function markGeneric(...types: PyType[]): void {
  for (const t of types) genericTypes.add(t);
}

/** For ops.getItem: `cls[key]` of a generic builtin type (or a subclass), or undefined. */
export function classGetItem(cls: PyType, key: PyValue): PyValue | undefined {
  for (const t of cls.mro) {
    if (genericTypes.has(t) || (!t.isHeapType && GENERIC_NAMES.has(t.name))) {
      return new PyGenericAlias(cls, key instanceof PyTuple ? key.items.slice() : [key]);
    }
  }
  return undefined;
}

function alias(v: PyValue): PyGenericAlias {
  if (!(v instanceof PyGenericAlias)) throw pyErr(TypeError, `descriptor requires a 'types.GenericAlias' object but received a '${typeOf(v).name}'`);
  return v;
}

genericAliasType.define(methodTable('GenericAlias', {
  __call__: (a, kw) => call(alias(a[0]).origin, a.slice(1), kw),
  __repr__: function* (a) {
    const g = alias(a[0]);
    const head = (yield* reprItem(g.origin)) as string;
    const body = g.args.length === 0 ? '()' : ((yield* reprJoin(g.args, ', ')) as string);
    return `${head}[${body}]`;
  },
  __or__: orMethod('GenericAlias', '__or__', false),
  __ror__: orMethod('GenericAlias', '__ror__', true),
  __eq__: (a) => {
    const [x, y] = a;
    if (!(y instanceof PyGenericAlias)) return NotImplemented;
    const g = x as PyGenericAlias;
    return g.origin === y.origin && g.args.length === y.args.length && g.args.every((t, i) => t === y.args[i]);
  },
  __hash__: (a) => hashOfType(alias(a[0]).origin as object),
  __mro_entries__: (a) => pyTuple([alias(a[0]).origin]),
  __instancecheck__: () => {
    throw pyErr(TypeError, 'isinstance() argument 2 cannot be a parameterized generic');
  },
  __subclasscheck__: () => {
    throw pyErr(TypeError, 'issubclass() argument 2 cannot be a parameterized generic');
  },
  __getattr__: (a): NativeResult => {
    const name = a[1] as string;
    if (name.startsWith('__') && name.endsWith('__')) throw noAttr(a[0], name);
    return getAttr(alias(a[0]).origin, name);
  },
}));
defineGetSet(genericAliasType, '__origin__', (g) => alias(g).origin);
defineGetSet(genericAliasType, '__args__', (g) => pyTuple(alias(g).args.slice()));
defineGetSet(genericAliasType, '__parameters__', () => pyTuple([]));
