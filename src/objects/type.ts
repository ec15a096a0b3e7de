// PyType: the type object. Owns a type's namespace, its MRO (C3), and the cached MRO lookup that
// attribute access and operator dispatch use (DESIGN.md decision 4: real rules, made fast by caches).
//
// Invariants:
// - `ns` is the type's own namespace (what `T.__dict__` shows). Mutate it only through setAttr/
//   deleteAttr (or define() while bootstrapping), which invalidate the lookup caches of this type and
//   every subclass. Reading `ns` directly is fine.
// - `mro[0] === this`; `mro` ends with `object`.
// - `alloc` creates an instance with the JS layout of the type's solid base (a user subclass of list
//   gets a PyList whose `type` is the subclass). Inherited from the base when a class is created.

import { PyObject, type PyValue } from './object.js';

export type Alloc = (type: PyType) => PyObject;

export class PyType extends PyObject {
  name: string;
  qualname: string;
  bases: PyType[];
  mro: PyType[];
  ns: Map<string, PyValue>;
  /** Instances get a __dict__ (user classes without __slots__, or with '__dict__' in __slots__). */
  instancesHaveDict: boolean;
  /** Names of this type's own __slots__ members (storage offsets are resolved by member descriptors). */
  slotNames: string[] = [];
  /** Total slot storage an instance needs (own slots + inherited ones). */
  slotCount = 0;
  alloc: Alloc;
  /** True for types created by a class statement or type(name, bases, ns); false for builtin types. */
  isHeapType: boolean;
  /** Bumped whenever this type's or a base's namespace changes; inline caches compare it. */
  version = 0;
  private cache = new Map<string, PyValue | undefined>();
  private subclassRefs: WeakRef<PyType>[] = [];

  constructor(metatype: PyType | null, name: string, bases: PyType[], alloc: Alloc | null, isHeapType: boolean) {
    // `type` is its own metatype; it is patched in builtin-types.ts once it exists.
    super(metatype as PyType);
    this.name = name;
    this.qualname = name;
    this.bases = bases;
    this.ns = new Map();
    this.isHeapType = isHeapType;
    this.alloc = alloc ?? (bases.length ? bases[0].alloc : (t) => new PyObject(t));
    this.instancesHaveDict = isHeapType;
    this.mro = bases.length ? computeMro(this) : [this];
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
  }

  /** CPython: _PyType_Lookup. The attribute found along the MRO, or undefined. Cached. */
  lookup(name: string): PyValue | undefined {
    const c = this.cache.get(name);
    if (c !== undefined || this.cache.has(name)) return c;
    let found: PyValue | undefined;
    for (const t of this.mro) {
      found = t.ns.get(name);
      if (found !== undefined) break;
    }
    this.cache.set(name, found);
    return found;
  }

  /** Set a name in the type's namespace (class attribute assignment) and invalidate caches. */
  setAttr(name: string, value: PyValue): void {
    this.ns.set(name, value);
    this.invalidate();
  }

  deleteAttr(name: string): boolean {
    const had = this.ns.delete(name);
    this.invalidate();
    return had;
  }

  /** Bootstrap helper: add many entries at once (builtin types' methods). */
  define(entries: Record<string, PyValue>): this {
    for (const k of Object.keys(entries)) this.ns.set(k, entries[k]);
    this.invalidate();
    return this;
  }

  isSubtypeOf(other: PyType): boolean {
    if (this === other) return true;
    const mro = this.mro;
    for (let i = 1; i < mro.length; i++) if (mro[i] === other) return true;
    return false;
  }

  subclasses(): PyType[] {
    const out: PyType[] = [];
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t) out.push(t);
    }
    return out;
  }

  /** Replace bases (assignment to __bases__): recompute the MRO here and below. */
  setBases(bases: PyType[]): void {
    this.bases = bases;
    this.mro = computeMro(this);
    for (const b of bases) b.subclassRefs.push(new WeakRef(this));
    for (const t of this.subclasses()) t.recomputeMro();
    this.invalidate();
  }

  /** A base's MRO changed (setBases above): recompute this type's MRO and its subclasses'. */
  private recomputeMro(): void {
    if (this.bases.length) this.mro = computeMro(this);
    for (const t of this.subclasses()) t.recomputeMro();
  }

  /**
   * The namespace of this type (or of a base) changed: drop the lookup caches here and below. MROs are
   * unchanged (only setBases changes them); recomputing every subclass's MRO here made each define()
   * on `object` while the builtin types load redo C3 for every type (startup time).
   */
  invalidate(): void {
    this.version++;
    this.cache.clear();
    for (const r of this.subclassRefs) {
      const t = r.deref();
      if (t) t.invalidate();
    }
  }
}

/** Thrown by computeMro; the caller turns it into Python's TypeError. */
export class MroError extends Error {}

/** C3 linearisation. CPython: mro_implementation. */
export function computeMro(t: PyType): PyType[] {
  const seqs: PyType[][] = t.bases.map((b) => b.mro.slice());
  seqs.push(t.bases.slice());
  const out: PyType[] = [t];
  for (;;) {
    const nonEmpty = seqs.filter((s) => s.length > 0);
    if (nonEmpty.length === 0) return out;
    let cand: PyType | null = null;
    for (const s of nonEmpty) {
      const head = s[0];
      if (!nonEmpty.some((o) => o.indexOf(head) > 0)) {
        cand = head;
        break;
      }
    }
    if (!cand) {
      const names = nonEmpty.map((s) => s[0].name);
      const uniq = names.filter((n, i) => names.indexOf(n) === i);
      throw new MroError(
        `Cannot create a consistent method resolution\norder (MRO) for bases ${uniq.join(', ')}`,
      );
    }
    out.push(cand);
    for (const s of nonEmpty) if (s[0] === cand) s.shift();
  }
}
