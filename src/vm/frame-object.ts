// The Python-visible views of the VM's execution state (CPython: Objects/codeobject.c, frameobject.c,
// Python/traceback.c): code object attributes (co_name, co_argcount, co_freevars ...), frame objects
// (sys._getframe(), tb_frame: f_code, f_lineno, f_back, f_globals, f_locals ...) and traceback objects
// (__traceback__, sys.exc_info()[2], __exit__'s third argument: tb_frame, tb_lineno, tb_lasti, tb_next).
//
// Invariants:
// - A VM Frame has at most one frame object (a WeakMap keeps it), so `sys._getframe() is
//   sys._getframe()` holds, as in CPython.
// - An exception's `traceback` entry list (outermost first, printed by runtime/traceback.ts) is the source
//   of truth; its traceback objects are built lazily from it and kept, so the same tb objects come back
//   while the list only grows at the front (frames the exception leaves). Setting `__traceback__` replaces
//   the list with the entries of the given chain. Assigning tb_next on a traceback object changes the
//   chain but not the exception's list (pyts difference, rarely visible).
// - Fast locals live in the thread's value stack while a frame runs; f_locals reads them there (or from a
//   suspended generator's saved slots, or from the snapshot unwind.ts takes when an exception leaves a
//   frame). A frame that returned normally shows the last f_locals it produced.
//
// Imported for its side effects by function-attrs.ts.

import { PyObject, type PyValue } from '../objects/object.js';
import { None, builtinType, typeOf } from '../objects/builtin-types.js';
import { PyBaseException, TypeError, pyErr, setTracebackHooks, type TracebackEntry } from '../objects/exceptions.js';
import { defineGetSet } from '../objects/descriptors.js';
import { nativeMethod } from '../objects/native.js';
import { PyDict } from '../objects/dict.js';
import { PyCell } from '../objects/function.js';
import { pyTuple } from '../objects/tuple.js';
import { addressOf } from '../objects/object-methods.js';
import { CodeObject, CodeFlags, codeType } from '../compile/code.js';
import { reprFast } from '../objects/repr-util.js';
import { Frame } from './frame.js';
import { currentThread } from './thread.js';

// ---- code objects ----

const codeOf = (o: PyValue): CodeObject => {
  if (!(o instanceof CodeObject)) throw pyErr(TypeError, `descriptor requires a 'code' object but received '${typeOf(o).name}'`);
  return o;
};

/** co_flags without pyts's own bits. */
const PUBLIC_FLAGS = 0xffff;

const codeAttrs: Record<string, (c: CodeObject) => PyValue> = {
  co_name: (c) => c.name,
  co_qualname: (c) => c.qualname,
  co_filename: (c) => c.filename,
  co_firstlineno: (c) => c.firstlineno,
  co_argcount: (c) => c.argcount,
  co_posonlyargcount: (c) => c.posonlyargcount,
  co_kwonlyargcount: (c) => c.kwonlyargcount,
  co_nlocals: (c) => c.nlocals,
  co_varnames: (c) => pyTuple(c.varnames.slice()),
  co_cellvars: (c) => pyTuple(c.cellvars.slice()),
  co_freevars: (c) => pyTuple(c.freevars.slice()),
  co_names: (c) => pyTuple(c.names.slice()),
  co_consts: (c) => pyTuple(c.consts.slice()),
  co_flags: (c) => c.flags & PUBLIC_FLAGS,
  co_stacksize: (c) => c.stacksize,
};
for (const [name, get] of Object.entries(codeAttrs)) defineGetSet(codeType, name, (o) => get(codeOf(o)));

codeType.setAttr('__repr__', nativeMethod('code', '__repr__', (a) => {
  const c = codeOf(a[0]);
  return `<code object ${c.name} at ${addressOf(c)}, file "${c.filename}", line ${c.firstlineno}>`;
}));

// ---- frame objects ----

export const frameType = builtinType('frame');

export class PyFrameView extends PyObject {
  /** The dict f_locals returns for a function frame (refreshed on each read, as CPython's). */
  localsDict: PyDict | null = null;
  constructor(readonly frame: Frame) {
    super(frameType);
  }
}

const views = new WeakMap<Frame, PyFrameView>();

/** The frame object of a VM frame (one per frame). */
export function frameObject(f: Frame): PyFrameView {
  let v = views.get(f);
  if (v === undefined) {
    v = new PyFrameView(f);
    views.set(f, v);
    f.captured = true; // the view keeps the frame: never recycle it
  }
  return v;
}

/** The nearest Python frame at or below f (native frames have no frame object). */
export function pythonFrame(f: Frame | null): Frame | null {
  while (f !== null && f.code === null) f = f.back;
  return f;
}

/** The values of f's fast-local slots (locals, cells, frees), or null when they are gone. */
function slotValues(f: Frame): (PyValue | undefined)[] | null {
  const co = f.code!;
  const n = co.nlocalsplus;
  const g = f.gen;
  if (g !== null && !g.running) return g.finished ? f.deadLocals : g.saved.slice(0, n);
  const t = currentThread();
  for (let x = t ? t.frame : null; x !== null; x = x.back) {
    if (x === f) return t!.stack.slice(f.base, f.base + n) as (PyValue | undefined)[];
  }
  return f.deadLocals;
}

/** CPython: PyFrame_GetLocals / frame.f_locals. */
function frameLocals(v: PyFrameView): PyValue {
  const f = v.frame;
  if (f.locals !== null) return f.locals;
  const co = f.code!;
  const d = v.localsDict ?? (v.localsDict = new PyDict());
  const vals = slotValues(f);
  if (vals === null) return d;
  d.clear();
  for (let i = 0; i < co.nlocalsplus; i++) {
    let x = vals[i];
    if (x instanceof PyCell) x = x.value;
    if (x !== undefined) d.setStr(co.slotName(i), x);
  }
  return d;
}

const viewOf = (o: PyValue): PyFrameView => {
  if (!(o instanceof PyFrameView)) throw pyErr(TypeError, `descriptor requires a 'frame' object but received '${typeOf(o).name}'`);
  return o;
};

function frameLine(f: Frame): number {
  return f.code!.lineOf(Math.max(0, f.pc - 1));
}

defineGetSet(frameType, 'f_lineno', (o) => frameLine(viewOf(o).frame));
defineGetSet(frameType, 'f_lasti', (o) => Math.max(0, viewOf(o).frame.pc - 1) * 2);
defineGetSet(frameType, 'f_code', (o) => viewOf(o).frame.code!);
defineGetSet(frameType, 'f_globals', (o) => viewOf(o).frame.globals);
defineGetSet(frameType, 'f_builtins', (o) => viewOf(o).frame.builtins);
defineGetSet(frameType, 'f_locals', (o) => frameLocals(viewOf(o)));
defineGetSet(frameType, 'f_trace', () => None, () => {});
defineGetSet(frameType, 'f_back', (o) => {
  const b = pythonFrame(viewOf(o).frame.back);
  return b ? frameObject(b) : None;
});
frameType.setAttr('__repr__', nativeMethod('frame', '__repr__', (a) => {
  const v = viewOf(a[0]);
  const co = v.frame.code!;
  return `<frame at ${addressOf(v)}, file ${reprFast(co.filename)}, line ${frameLine(v.frame)}, code ${co.name}>`;
}));
frameType.setAttr('clear', nativeMethod('frame', 'clear', () => None));

// ---- traceback objects ----

export const tracebackType = builtinType('traceback');

export class PyTraceback extends PyObject {
  constructor(
    readonly entry: TracebackEntry,
    public next: PyValue,
  ) {
    super(tracebackType);
  }
}

const tbOf = (o: PyValue): PyTraceback => {
  if (!(o instanceof PyTraceback)) throw pyErr(TypeError, `descriptor requires a 'traceback' object but received '${typeOf(o).name}'`);
  return o;
};

defineGetSet(tracebackType, 'tb_frame', (o) => {
  const f = tbOf(o).entry.frame as Frame | undefined;
  return f ? frameObject(f) : None;
});
defineGetSet(tracebackType, 'tb_lineno', (o) => tbOf(o).entry.lineno);
defineGetSet(tracebackType, 'tb_lasti', (o) => (tbOf(o).entry.lasti ?? 0) * 2);
defineGetSet(tracebackType, 'tb_next', (o) => tbOf(o).next, (o, v) => {
  if (v === undefined) throw pyErr(TypeError, "can't delete tb_next attribute");
  if (v !== None && !(v instanceof PyTraceback)) throw pyErr(TypeError, `expected traceback object or None, got '${typeOf(v).name}'`);
  for (let x: PyValue = v; x instanceof PyTraceback; x = x.next) {
    if (x === o) throw pyErr(TypeError, 'traceback loop detected');
  }
  tbOf(o).next = v;
});

/** The head of a chain whose entries are `entries[from..]`, reusing `head` for the tail it covers. */
function buildChain(entries: TracebackEntry[], until: number, tail: PyValue): PyValue {
  let next = tail;
  for (let i = until - 1; i >= 0; i--) next = new PyTraceback(entries[i], next);
  return next;
}

const heads = new WeakMap<PyBaseException, { head: PyTraceback; len: number }>();

setTracebackHooks(
  (e) => {
    const entries = e.traceback;
    const n = entries.length;
    if (n === 0) return None;
    const known = heads.get(e);
    let head: PyValue;
    if (known !== undefined && n >= known.len && entries[n - known.len] === known.head.entry) {
      if (n === known.len) return known.head;
      head = buildChain(entries, n - known.len, known.head);
    } else {
      head = buildChain(entries, n, None);
    }
    heads.set(e, { head: head as PyTraceback, len: n });
    return head;
  },
  (e, tb) => {
    const entries: TracebackEntry[] = [];
    for (let x = tb; x instanceof PyTraceback; x = x.next) entries.push(x.entry);
    e.traceback = entries;
    if (tb instanceof PyTraceback) heads.set(e, { head: tb, len: entries.length });
    else heads.delete(e);
  },
);
