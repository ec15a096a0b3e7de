// The `inspect` module (CPython: Lib/inspect.py), the common parts: the is* predicates, getmembers,
// signature() with Parameter/Signature (str forms as CPython's, annotations via formatannotation),
// getgeneratorstate, currentframe, getdoc/cleandoc, getmodule/getfile/getsource(lines), unwrap, getmro.
//
// signature() reads Python functions' code objects (argcount, posonly/kwonly counts, varnames, flags),
// __defaults__/__kwdefaults__/__annotations__; it follows __wrapped__ and __signature__, drops the bound
// first parameter of methods, and uses __init__/__new__ for classes. Natives have no signature (ValueError,
// as CPython for builtins without __text_signature__).

import { PyObject, settle, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, objectType, typeOf } from '../src/objects/builtin-types.js';
import { pyErr, TypeError, ValueError, AttributeError, OSError, isExcOf, PyBaseException } from '../src/objects/exceptions.js';
import { nativeFunction, builtinFunctionType, PyNativeFunction } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyFunction, PyMethod } from '../src/objects/function.js';
import { PyGenerator, generatorType } from '../src/objects/generator.js';
import { PyModule, moduleType } from '../src/objects/module.js';
import { mappingProxy } from '../src/objects/mappingproxy.js';
import { intType, PyIntObj } from '../src/objects/int.js';
import { classMethod, propertyType as propertyOf } from '../src/objects/descriptors.js';
import { PyGenericAlias } from '../src/objects/union-alias.js';
import { CodeObject } from '../src/compile/code.js';
import { typeModule } from '../src/objects/object-methods.js';
import { isCallable } from '../src/objects/call.js';
import * as ops from '../src/objects/ops.js';
import { dir } from '../src/builtins/introspection.js';
import { runtime } from '../src/builtins/runtime-hooks.js';
import { frameObject, pythonFrame, frameType, tracebackType } from '../src/vm/frame-object.js';
import { currentThread } from '../src/vm/thread.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineClass, runSync, getA, getOpt, callF, strOf, reprOf, truth, itemsOf, field, setField } from './lib/pyclass.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;

const CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8, CO_GENERATOR = 0x20, CO_COROUTINE = 0x80, CO_ASYNC_GENERATOR = 0x200;

// ---------------------------------------------------------------------------------------------------
// Predicates

const isfunction = (v: PyValue) => v instanceof PyFunction;
const ismethod = (v: PyValue) => v instanceof PyMethod;
const isclass = (v: PyValue) => v instanceof PyType;
const ismodule = (v: PyValue) => v instanceof PyObject && typeOf(v).isSubtypeOf(moduleType);
const isbuiltin = (v: PyValue) => v instanceof PyObject && typeOf(v) === builtinFunctionType;
const isgenerator = (v: PyValue) => v instanceof PyGenerator && v.type === generatorType;

function hasCodeFlag(v: PyValue, flag: number): boolean {
  while (v instanceof PyMethod) v = v.fn;
  while (v instanceof PyObject && typeOf(v).name === 'partial' && v.dict === null && (v as any).func !== undefined) v = (v as any).func;
  return v instanceof PyFunction && ((v.code as CodeObject).flags & flag) !== 0;
}

function typeHas(v: PyValue, name: string): boolean {
  return typeOf(v).lookup(name) !== undefined;
}
const ismethoddescriptor = (v: PyValue) =>
  !isclass(v) && !ismethod(v) && !isfunction(v) && typeHas(v, '__get__') && !typeHas(v, '__set__');
const isdatadescriptor = (v: PyValue) =>
  !isclass(v) && !ismethod(v) && !isfunction(v) && (typeHas(v, '__set__') || typeHas(v, '__delete__'));
const isroutine = (v: PyValue) => isbuiltin(v) || isfunction(v) || ismethod(v) || ismethoddescriptor(v) || v instanceof PyNativeFunction;

// ---------------------------------------------------------------------------------------------------
// Parameter kinds, Parameter, Signature

const KIND_NAMES = ['POSITIONAL_ONLY', 'POSITIONAL_OR_KEYWORD', 'VAR_POSITIONAL', 'KEYWORD_ONLY', 'VAR_KEYWORD'];
const KIND_DESC = ['positional-only', 'positional or keyword', 'variadic positional', 'keyword-only', 'variadic keyword'];
const kindNum = (k: PyValue) => Number(k instanceof PyIntObj ? k.value : k);

const ParameterKind = defineClass('inspect', '_ParameterKind', [intType], {
  __repr__: (a) => `<_ParameterKind.${KIND_NAMES[kindNum(a[0])]}: ${kindNum(a[0])}>`,
  __str__: (a) => KIND_NAMES[kindNum(a[0])],
});
ParameterKind.setAttr('name', runSync(ops.call(propertyOf, [nativeFunction('name', (a) => KIND_NAMES[kindNum(a[0])])], null)));
ParameterKind.setAttr('description', runSync(ops.call(propertyOf, [nativeFunction('description', (a) => KIND_DESC[kindNum(a[0])])], null)));
const KINDS = KIND_NAMES.map((_, i) => runSync(ops.call(ParameterKind, [i], null)));
for (let i = 0; i < 5; i++) ParameterKind.setAttr(KIND_NAMES[i], KINDS[i]);

const empty = defineClass('inspect', '_empty', [objectType], {}, 'Marker object for Signature.empty and Parameter.empty.');

/** CPython: inspect.formatannotation. */
function* formatAnnotation(a: PyValue): G<string> {
  const mod = yield* getOpt(a, '__module__');
  if (mod === 'typing' && !(a instanceof PyType)) return (yield* reprOf(a)).replace(/[\w.]+/g, (t) => (t.startsWith('typing.') ? t.slice(7) : t));
  if (a instanceof PyGenericAlias) return yield* strOf(a);
  if (a instanceof PyType) {
    const m = typeModule(a);
    return m === 'builtins' ? a.qualname : `${m}.${a.qualname}`;
  }
  return yield* reprOf(a);
}

function* paramStr(p: PyValue): G<string> {
  const kind = kindNum(field(p, '_kind') ?? 1);
  let s = field(p, '_name') as string;
  const ann = field(p, '_annotation') ?? empty;
  const dflt = field(p, '_default') ?? empty;
  if (ann !== empty) s = `${s}: ${yield* formatAnnotation(ann)}`;
  if (dflt !== empty) s = ann !== empty ? `${s} = ${yield* reprOf(dflt)}` : `${s}=${yield* reprOf(dflt)}`;
  if (kind === 2) s = '*' + s;
  else if (kind === 4) s = '**' + s;
  return s;
}

function makeParam(name: string, kind: number, dflt: PyValue = empty, ann: PyValue = empty): PyObject {
  const p = new PyObject(Parameter);
  setField(p, '_name', name);
  setField(p, '_kind', KINDS[kind]);
  setField(p, '_default', dflt);
  setField(p, '_annotation', ann);
  return p;
}

const prop = (name: string, f: (self: PyValue) => PyValue) => runSync(ops.call(propertyOf, [nativeFunction(name, (a) => f(a[0]))], null));

const Parameter: PyType = defineClass('inspect', 'Parameter', [objectType], {
  __slots__: pyTuple([]),
  empty,
  __init__: (a, kw) => {
    const [self, name, kind] = [a[0], a[1] ?? kw?.get('name'), a[2] ?? kw?.get('kind')];
    if (typeof name !== 'string') throw pyErr(TypeError, `name must be a str, not a ${typeOf(name ?? None).name}`);
    const k = kind === undefined ? -1 : kindNum(kind);
    if (!(k >= 0 && k <= 4)) throw pyErr(ValueError, `value ${kind === undefined ? 'None' : String(kindNum(kind))} is not a valid Parameter.kind`);
    const dflt = a[3] ?? kw?.get('default') ?? empty;
    if (dflt !== empty && (k === 2 || k === 4)) throw pyErr(ValueError, `${KIND_DESC[k]} parameters cannot have default values`);
    setField(self, '_name', name);
    setField(self, '_kind', KINDS[k]);
    setField(self, '_default', dflt);
    setField(self, '_annotation', a[4] ?? kw?.get('annotation') ?? empty);
    return None;
  },
  name: prop('name', (p) => field(p, '_name')!),
  kind: prop('kind', (p) => field(p, '_kind')!),
  default: prop('default', (p) => field(p, '_default')!),
  annotation: prop('annotation', (p) => field(p, '_annotation')!),
  __str__: (a) => paramStr(a[0]),
  __repr__: function* (a): NativeGen {
    return `<${typeOf(a[0]).name} "${yield* paramStr(a[0])}">`;
  },
  __eq__: function* (a): NativeGen {
    const [x, y] = a;
    if (!(y instanceof PyObject) || !typeOf(y).isSubtypeOf(Parameter)) return NotImplemented;
    for (const f of ['_name', '_kind', '_default', '_annotation']) {
      if (!(yield* truth(yield* settle(ops.richCompare(field(x, f)!, field(y, f)!, 2 as any))))) return false;
    }
    return true;
  },
  __hash__: function* (a): NativeGen {
    return Number(yield* settle(ops.hash(pyTuple(['_name', '_kind', '_annotation'].map((f) => field(a[0], f)!)))));
  },
  replace: function* (a, kw): NativeGen {
    const self = a[0];
    const get = (k: string) => kw?.get(k) ?? field(self, '_' + k)!;
    return yield* callF(typeOf(self), [get('name'), get('kind')], new Map([['default', get('default')], ['annotation', get('annotation')]]));
  },
});
for (let i = 0; i < 5; i++) Parameter.setAttr(KIND_NAMES[i], KINDS[i]);

function* sigStr(s: PyValue): G<string> {
  const params = (field(s, '_parameters') as PyDict | undefined) ?? new PyDict();
  const out: string[] = [];
  let posOnlySep = false;
  let kwOnlySep = true;
  for (const k of yield* itemsOf(params)) {
    const p = params.getStr(k as string)!;
    const kind = kindNum(field(p, '_kind')!);
    const f = yield* paramStr(p);
    if (kind === 0) posOnlySep = true;
    else if (posOnlySep) {
      out.push('/');
      posOnlySep = false;
    }
    if (kind === 2) kwOnlySep = false;
    else if (kind === 3 && kwOnlySep) {
      out.push('*');
      kwOnlySep = false;
    }
    out.push(f);
  }
  if (posOnlySep) out.push('/');
  let r = `(${out.join(', ')})`;
  const ret = field(s, '_return_annotation') ?? empty;
  if (ret !== empty) r += ` -> ${yield* formatAnnotation(ret)}`;
  return r;
}

function makeSignature(params: PyValue[], ret: PyValue = empty): PyObject {
  const s = new PyObject(Signature);
  const d = new PyDict();
  for (const p of params) d.setStr(field(p, '_name') as string, p);
  setField(s, '_parameters', d);
  setField(s, '_return_annotation', ret);
  return s;
}

const Signature: PyType = defineClass('inspect', 'Signature', [objectType], {
  __slots__: pyTuple([]),
  empty,
  __init__: function* (a, kw): NativeGen {
    const self = a[0];
    const ps = a[1] ?? kw?.get('parameters') ?? None;
    const d = new PyDict();
    let top = 0;
    let seenDefault = false;
    if (ps !== None) {
      for (const p of yield* itemsOf(ps)) {
        const k = kindNum(field(p, '_kind')!);
        const n = field(p, '_name') as string;
        if (k < top) throw pyErr(ValueError, `wrong parameter order: ${KIND_DESC[top]} parameter before ${KIND_DESC[k]} parameter`);
        top = k;
        if (k <= 1) {
          if (field(p, '_default') === empty) {
            if (seenDefault) throw pyErr(ValueError, 'non-default argument follows default argument');
          } else seenDefault = true;
        }
        if (d.getStr(n) !== undefined) throw pyErr(ValueError, `duplicate parameter name: ${yield* reprOf(n)}`);
        d.setStr(n, p);
      }
    }
    setField(self, '_parameters', d);
    setField(self, '_return_annotation', a[2] ?? kw?.get('return_annotation') ?? empty);
    return None;
  },
  parameters: prop('parameters', (s) => mappingProxy(field(s, '_parameters') as PyDict)),
  return_annotation: prop('return_annotation', (s) => field(s, '_return_annotation')!),
  __str__: (a) => sigStr(a[0]),
  __repr__: function* (a): NativeGen {
    return `<${typeOf(a[0]).name} ${yield* sigStr(a[0])}>`;
  },
  __eq__: function* (a): NativeGen {
    const [x, y] = a;
    if (!(y instanceof PyObject) || !typeOf(y).isSubtypeOf(Signature)) return NotImplemented;
    return (yield* sigStr(x)) === (yield* sigStr(y));
  },
  replace: function* (a, kw): NativeGen {
    const self = a[0];
    const ps = kw?.get('parameters') ?? new PyList((yield* itemsOf((field(self, '_parameters') as PyDict))).map((k) => (field(self, '_parameters') as PyDict).getStr(k as string)!));
    return yield* callF(typeOf(self), [ps], new Map([['return_annotation', kw?.get('return_annotation') ?? field(self, '_return_annotation')!]]));
  },
  bind: function* (a, kw): NativeGen {
    return yield* bind(a[0], a.slice(1), kw, false);
  },
  bind_partial: function* (a, kw): NativeGen {
    return yield* bind(a[0], a.slice(1), kw, true);
  },
  from_callable: classMethod(nativeFunction('from_callable', (a) => signatureOf(a[1], true))),
});

const BoundArguments = defineClass('inspect', 'BoundArguments', [objectType], {
  args: prop('args', (b) => {
    const out: PyValue[] = [];
    for (const [name, p] of sigParams(field(b, '_signature')!)) {
      const k = kindNum(field(p, '_kind')!);
      if (k >= 3) break;
      const v = (field(b, 'arguments') as PyDict).getStr(name);
      if (v === undefined) break;
      if (k === 2) out.push(...(v as PyTuple).items);
      else out.push(v);
    }
    return pyTuple(out);
  }),
  kwargs: prop('kwargs', (b) => {
    const out = new PyDict();
    let kwStarted = false;
    for (const [name, p] of sigParams(field(b, '_signature')!)) {
      const k = kindNum(field(p, '_kind')!);
      if (!kwStarted) {
        if (k >= 3) kwStarted = true;
        else if ((field(b, 'arguments') as PyDict).getStr(name) === undefined && k !== 2) kwStarted = true;
        if (!kwStarted) continue;
      }
      const v = (field(b, 'arguments') as PyDict).getStr(name);
      if (v === undefined) continue;
      if (k === 4) for (const [kk, vv] of (v as PyDict).entries()) runSync(out.set(kk, vv));
      else out.setStr(name, v);
    }
    return out;
  }),
  signature: prop('signature', (b) => field(b, '_signature')!),
  apply_defaults: (a) => {
    const b = a[0];
    const args = field(b, 'arguments') as PyDict;
    const d = new PyDict();
    for (const [name, p] of sigParams(field(b, '_signature')!)) {
      const v = args.getStr(name);
      if (v !== undefined) d.setStr(name, v);
      else {
        const k = kindNum(field(p, '_kind')!);
        const dflt = field(p, '_default')!;
        if (dflt !== empty) d.setStr(name, dflt);
        else if (k === 2) d.setStr(name, pyTuple([]));
        else if (k === 4) d.setStr(name, new PyDict());
      }
    }
    setField(b, 'arguments', d);
    return None;
  },
  __repr__: function* (a): NativeGen {
    const args = field(a[0], 'arguments') as PyDict;
    const parts: string[] = [];
    for (const k of yield* itemsOf(args)) parts.push(`${k as string}=${yield* reprOf(args.getStr(k as string)!)}`);
    return `<BoundArguments (${parts.join(', ')})>`;
  },
});

function sigParams(s: PyValue): [string, PyValue][] {
  const d = field(s, '_parameters') as PyDict;
  const out: [string, PyValue][] = [];
  for (const [k, v] of d.entries()) out.push([k as string, v]);
  return out;
}

/** CPython: Signature._bind. */
function* bind(sig: PyValue, args: PyValue[], kw: Map<string, PyValue> | null, partial: boolean): G {
  const out = new PyDict();
  const params = sigParams(sig);
  const kwargs = new Map(kw ?? []);
  let i = 0;
  let pi = 0;
  const missing = (n: string) => pyErr(TypeError, `missing a required argument: '${n}'`);
  for (; pi < params.length; pi++) {
    const [name, p] = params[pi];
    const k = kindNum(field(p, '_kind')!);
    if (k >= 3) break;
    if (k === 2) {
      out.setStr(name, pyTuple(args.slice(i)));
      i = args.length;
      pi++;
      break;
    }
    if (i < args.length) {
      if (kwargs.has(name) && k !== 0) throw pyErr(TypeError, `multiple values for argument '${name}'`);
      out.setStr(name, args[i++]);
      continue;
    }
    break;
  }
  if (i < args.length) throw pyErr(TypeError, 'too many positional arguments');
  let varKw: string | null = null;
  for (; pi < params.length; pi++) {
    const [name, p] = params[pi];
    const k = kindNum(field(p, '_kind')!);
    if (k === 2) continue;
    if (k === 4) {
      varKw = name;
      continue;
    }
    if (k === 0) {
      if (!partial && field(p, '_default') === empty) throw missing(name);
      continue;
    }
    const v = kwargs.get(name);
    if (v !== undefined) {
      out.setStr(name, v);
      kwargs.delete(name);
    } else if (!partial && field(p, '_default') === empty) throw missing(name);
  }
  if (kwargs.size) {
    if (varKw === null) throw pyErr(TypeError, `got an unexpected keyword argument '${[...kwargs.keys()][0]}'`);
    const d = new PyDict();
    for (const [k, v] of kwargs) d.setStr(k, v);
    out.setStr(varKw, d);
  }
  const b = new PyObject(BoundArguments);
  setField(b, 'arguments', out);
  setField(b, '_signature', sig);
  return b;
}

// ---------------------------------------------------------------------------------------------------
// signature()

function* functionSignature(f: PyFunction): G<PyObject> {
  const co = f.code as CodeObject;
  const names = co.varnames;
  const npos = co.argcount;
  const nkw = co.kwonlyargcount;
  const defaults = f.defaults ?? [];
  const ann = yield* getA(f, '__annotations__');
  const annOf = (n: string) => (ann instanceof PyDict ? ann.getStr(n) ?? empty : empty);
  const params: PyValue[] = [];
  const firstDefault = npos - defaults.length;
  for (let i = 0; i < npos; i++) {
    params.push(makeParam(names[i], i < co.posonlyargcount ? 0 : 1, i >= firstDefault ? defaults[i - firstDefault] : empty, annOf(names[i])));
  }
  let at = npos;
  const varargs = (co.flags & CO_VARARGS) !== 0;
  const kwOnly: PyValue[] = [];
  for (let i = 0; i < nkw; i++) {
    const n = names[npos + i];
    kwOnly.push(makeParam(n, 3, f.kwdefaults?.get(n) ?? empty, annOf(n)));
  }
  at += nkw;
  if (varargs) params.push(makeParam(names[at], 2, empty, annOf(names[at++])));
  params.push(...kwOnly);
  if (co.flags & CO_VARKEYWORDS) params.push(makeParam(names[at], 4, empty, annOf(names[at])));
  return makeSignature(params, annOf('return'));
}

function dropFirst(sig: PyObject): PyObject {
  const ps = sigParams(sig).map((e) => e[1]);
  if (ps.length === 0 || kindNum(field(ps[0], '_kind')!) === 2) return sig;
  if (kindNum(field(ps[0], '_kind')!) >= 3) throw pyErr(ValueError, `invalid method signature`);
  return makeSignature(ps.slice(1), field(sig, '_return_annotation')!);
}

function* signatureOf(obj: PyValue, followWrapped: boolean): G<PyObject> {
  if (!isCallable(obj)) throw pyErr(TypeError, `${yield* reprOf(obj)} is not a callable object`);
  if (obj instanceof PyMethod) return dropFirst(yield* signatureOf(obj.fn, followWrapped));
  if (followWrapped) {
    for (let w = yield* getOpt(obj, '__wrapped__'); w !== undefined && !(obj instanceof PyType); w = yield* getOpt(obj, '__wrapped__')) {
      const s0 = yield* getOpt(obj, '__signature__');
      if (s0 !== undefined && s0 !== None) break;
      obj = w;
    }
  }
  const s = yield* getOpt(obj, '__signature__');
  if (s !== undefined && s !== None) {
    if (!(s instanceof PyObject && typeOf(s).isSubtypeOf(Signature))) throw pyErr(TypeError, `unexpected object ${yield* reprOf(s)} in __signature__ attribute`);
    return s;
  }
  if (obj instanceof PyFunction) return yield* functionSignature(obj);
  if (obj instanceof PyObject && typeOf(obj).name === 'partial') {
    const func = yield* getA(obj, 'func');
    const pargs = yield* itemsOf(yield* getA(obj, 'args'));
    const sig = yield* signatureOf(func, followWrapped);
    const ps = sigParams(sig).map((e) => e[1]);
    return makeSignature(ps.slice(Math.min(pargs.length, ps.filter((p) => kindNum(field(p, '_kind')!) <= 1).length)), field(sig, '_return_annotation')!);
  }
  if (obj instanceof PyType) {
    for (const name of ['__call__']) {
      const meta = typeOf(obj).lookup(name);
      if (meta instanceof PyFunction) return dropFirst(yield* functionSignature(meta));
    }
    for (const name of ['__new__', '__init__']) {
      for (const t of obj.mro) {
        const f = t.ns.get(name);
        if (f === undefined) continue;
        const fn = f instanceof PyObject && typeOf(f).name === 'staticmethod' ? yield* getA(f, '__func__') : f;
        if (fn instanceof PyFunction) return dropFirst(yield* functionSignature(fn));
        break;
      }
    }
    if (obj.isHeapType) return makeSignature([]);
    throw pyErr(ValueError, `no signature found for builtin type ${yield* reprOf(obj)}`);
  }
  if (obj instanceof PyNativeFunction) throw pyErr(ValueError, `no signature found for builtin ${yield* reprOf(obj)}`);
  const call = typeOf(obj).lookup('__call__');
  if (call instanceof PyFunction) return dropFirst(yield* functionSignature(call));
  throw pyErr(ValueError, `callable ${yield* reprOf(obj)} is not supported by signature`);
}

// ---------------------------------------------------------------------------------------------------
// Docs, sources

function cleandoc(doc: string): string {
  const lines = doc.replace(/[^\n]*/g, (l) => expandTabs(l)).split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const content = line.trimStart().length;
    if (content) margin = Math.min(margin, line.length - content);
  }
  if (lines.length) lines[0] = lines[0].trimStart();
  if (margin < Infinity) for (let i = 1; i < lines.length; i++) lines[i] = lines[i].slice(margin);
  while (lines.length && !lines[lines.length - 1]) lines.pop();
  while (lines.length && !lines[0]) lines.shift();
  return lines.join('\n');
}

function expandTabs(l: string): string {
  if (!l.includes('\t')) return l;
  let out = '';
  for (const ch of l) out += ch === '\t' ? ' '.repeat(8 - (out.length % 8)) : ch;
  return out;
}

function* getdoc(obj: PyValue): G {
  let doc: PyValue | undefined;
  try {
    doc = yield* getOpt(obj, '__doc__');
  } catch (e) {
    if (!isExcOf(e, AttributeError)) throw e;
  }
  if (doc === undefined || doc === None) {
    if (obj instanceof PyType) {
      for (const base of obj.mro) {
        if (base === objectType) continue;
        const d = yield* getOpt(base, '__doc__');
        if (typeof d === 'string') {
          doc = d;
          break;
        }
      }
    } else if (obj instanceof PyMethod || obj instanceof PyFunction) {
      const fn = obj instanceof PyMethod ? obj.fn : obj;
      const name = fn instanceof PyFunction ? fn.name : undefined;
      let cls: PyType | undefined;
      if (obj instanceof PyMethod) cls = obj.self instanceof PyType ? obj.self : typeOf(obj.self);
      else if (fn instanceof PyFunction && fn.qualname.includes('.')) {
        const parts = fn.qualname.split('.');
        let c: PyValue | undefined = (fn.globals as PyDict).getStr(parts[0]);
        for (const p of parts.slice(1, -1)) c = c === undefined ? undefined : yield* getOpt(c, p);
        if (c instanceof PyType) cls = c;
      }
      if (cls !== undefined && name !== undefined) {
        for (const base of cls.mro) {
          const m = base.ns.get(name);
          if (m === undefined) continue;
          const d = yield* getOpt(m, '__doc__');
          if (typeof d === 'string') {
            doc = d;
            break;
          }
        }
      }
    }
  }
  return typeof doc === 'string' ? cleandoc(doc) : None;
}

function* getfile(obj: PyValue): G<string> {
  if (ismodule(obj)) {
    const f = yield* getOpt(obj, '__file__');
    if (typeof f === 'string') return f;
    throw pyErr(TypeError, `${yield* reprOf(obj)} is a built-in module`);
  }
  if (obj instanceof PyType) {
    const m = yield* getOpt(obj, '__module__');
    const mod = typeof m === 'string' ? moduleNamed(m) : undefined;
    const f = mod ? mod.dict.getStr('__file__') : undefined;
    if (typeof f === 'string') return f;
    throw pyErr(TypeError, `${yield* reprOf(obj)} is a built-in class`);
  }
  let o: PyValue = obj;
  if (o instanceof PyMethod) o = o.fn;
  if (o instanceof PyFunction) o = o.code as CodeObject;
  if (o instanceof PyGenerator) o = o.code;
  if (o instanceof PyObject && typeOf(o) === frameType) o = yield* getA(o, 'f_code');
  if (o instanceof PyObject && typeOf(o) === tracebackType) o = yield* getA(yield* getA(o, 'tb_frame'), 'f_code');
  if (o instanceof CodeObject) return o.filename;
  throw pyErr(TypeError, `module, class, method, function, traceback, frame, or code object was expected, got ${typeOf(obj).name}`);
}

function moduleNamed(name: string): PyModule | undefined {
  const mods = (runtime.sys as PyModule | null)?.dict.getStr('modules');
  const m = mods instanceof PyDict ? mods.getStr(name) : undefined;
  return m instanceof PyModule ? m : undefined;
}

/** The source lines of a function/class/module (block by indentation, as inspect.getblock does for defs). */
function* sourceLines(rt: Runtime, obj: PyValue): G<[string[], number]> {
  const file = yield* getfile(obj);
  const all: string[] = [];
  for (let n = 1; ; n++) {
    const l = rt.sources.line(file, n);
    if (l === null) break;
    all.push(l + '\n');
  }
  if (all.length === 0) throw pyErr(OSError, 'could not get source code');
  if (ismodule(obj)) return [all, 0];
  let start: number;
  if (obj instanceof PyType) {
    const re = new RegExp(`^(\\s*)class\\s*${obj.name}\\b`);
    start = all.findIndex((l) => re.test(l));
    if (start < 0) throw pyErr(OSError, 'could not find class definition');
  } else {
    let o: PyValue = obj;
    if (o instanceof PyMethod) o = o.fn;
    if (o instanceof PyFunction) o = o.code as CodeObject;
    if (o instanceof PyGenerator) o = o.code;
    if (!(o instanceof CodeObject)) throw pyErr(TypeError, 'could not get source');
    start = o.firstlineno - 1;
  }
  const indent = (l: string) => l.length - l.trimStart().length;
  let i = start;
  while (i < all.length && /^\s*@/.test(all[i])) i++;
  const base = indent(all[i] ?? '');
  // a one-line lambda or def body
  let end = i + 1;
  const header = all[i] ?? '';
  if (!/^\s*(def|class|async\s+def)\b/.test(header)) return [all.slice(start, end), start + 1];
  // continuation of the header (parenthesised parameters)
  let depth = 0;
  for (let j = i; j < all.length; j++) {
    for (const ch of all[j].replace(/#.*$/, '')) depth += ch === '(' || ch === '[' || ch === '{' ? 1 : ch === ')' || ch === ']' || ch === '}' ? -1 : 0;
    if (depth <= 0) {
      end = j + 1;
      break;
    }
  }
  if (!all[end - 1].replace(/#.*$/, '').trimEnd().endsWith(':')) return [all.slice(start, end), start + 1];
  let last = end;
  for (let j = end; j < all.length; j++) {
    const l = all[j];
    if (l.trim() === '' || /^\s*#/.test(l)) continue;
    if (indent(l) <= base) break;
    last = j + 1;
  }
  return [all.slice(start, last), start + 1];
}

function genState(g: PyValue): string {
  if (!(g instanceof PyGenerator)) throw pyErr(TypeError, `'${typeOf(g).name}' object has no attribute 'gi_running'`);
  if (g.running) return 'GEN_RUNNING';
  if (g.finished) return 'GEN_CLOSED';
  return g.started ? 'GEN_SUSPENDED' : 'GEN_CREATED';
}

// ---------------------------------------------------------------------------------------------------

const pred = (name: string, f: (v: PyValue) => boolean) => nativeFunction(name, (a) => f(a[0]));

export default defineModule({
  name: 'inspect',
  doc: 'Get useful information from live Python objects.',
  init: (_mod, rt) => ({
    isfunction: pred('isfunction', isfunction),
    ismethod: pred('ismethod', ismethod),
    isclass: pred('isclass', isclass),
    ismodule: pred('ismodule', ismodule),
    isbuiltin: pred('isbuiltin', isbuiltin),
    isroutine: pred('isroutine', isroutine),
    isgenerator: pred('isgenerator', isgenerator),
    isgeneratorfunction: pred('isgeneratorfunction', (v) => hasCodeFlag(v, CO_GENERATOR)),
    iscoroutinefunction: pred('iscoroutinefunction', (v) => hasCodeFlag(v, CO_COROUTINE)),
    isasyncgenfunction: pred('isasyncgenfunction', (v) => hasCodeFlag(v, CO_ASYNC_GENERATOR)),
    iscoroutine: pred('iscoroutine', (v) => v instanceof PyObject && typeOf(v).name === 'coroutine'),
    isasyncgen: pred('isasyncgen', (v) => v instanceof PyObject && typeOf(v).name === 'async_generator'),
    isawaitable: pred('isawaitable', (v) => (v instanceof PyObject && typeOf(v).name === 'coroutine') || typeHas(v, '__await__')),
    iscode: pred('iscode', (v) => v instanceof CodeObject),
    isframe: pred('isframe', (v) => v instanceof PyObject && typeOf(v) === frameType),
    istraceback: pred('istraceback', (v) => v instanceof PyObject && typeOf(v) === tracebackType),
    ismethoddescriptor: pred('ismethoddescriptor', ismethoddescriptor),
    isdatadescriptor: pred('isdatadescriptor', isdatadescriptor),
    isabstract: pred('isabstract', (v) => {
      if (!(v instanceof PyType)) return false;
      const a = v.lookup('__abstractmethods__');
      return a instanceof PyObject && (a as any).table !== undefined ? Number(runSync(ops.len(a))) > 0 : false;
    }),
    getmembers: function* (a): NativeGen {
      const [obj, predicate] = a;
      const names = yield* itemsOf(yield* callF(dir, [obj]));
      const out: PyValue[] = [];
      for (const k of names) {
        let v: PyValue | undefined;
        try {
          v = yield* getOpt(obj, k as string);
        } catch (e) {
          if (!(e instanceof PyBaseException && isExcOf(e, AttributeError))) throw e;
        }
        if (v === undefined && obj instanceof PyType) {
          for (const b of obj.mro) if ((v = b.ns.get(k as string)) !== undefined) break;
        }
        if (v === undefined) continue;
        if (predicate === undefined || predicate === None || (yield* truth(yield* callF(predicate, [v])))) out.push(pyTuple([k, v]));
      }
      out.sort((x, y) => (((x as PyTuple).items[0] as string) < ((y as PyTuple).items[0] as string) ? -1 : 1));
      return new PyList(out);
    },
    signature: (a, kw) => {
      const fw = kw?.get('follow_wrapped');
      return signatureOf(a[0], fw === undefined || fw === true);
    },
    Signature,
    Parameter,
    BoundArguments,
    _ParameterKind: ParameterKind,
    _empty: empty,
    getgeneratorstate: (a) => genState(a[0]),
    GEN_CREATED: 'GEN_CREATED',
    GEN_RUNNING: 'GEN_RUNNING',
    GEN_SUSPENDED: 'GEN_SUSPENDED',
    GEN_CLOSED: 'GEN_CLOSED',
    currentframe: () => {
      const f = pythonFrame(currentThread()?.frame ?? null);
      return f ? frameObject(f) : None;
    },
    stack: () => {
      const out: PyValue[] = [];
      for (let f = pythonFrame(currentThread()?.frame ?? null); f !== null; f = pythonFrame(f.back)) {
        out.push(pyTuple([frameObject(f), f.code!.filename, f.code!.lineOf(Math.max(0, f.pc - 1)), f.code!.name, None, None]));
      }
      return new PyList(out);
    },
    getdoc: (a) => getdoc(a[0]),
    cleandoc: (a) => {
      if (typeof a[0] !== 'string') throw pyErr(AttributeError, `'${typeOf(a[0]).name}' object has no attribute 'expandtabs'`);
      return cleandoc(a[0]);
    },
    getmodule: function* (a): NativeGen {
      if (ismodule(a[0])) return a[0];
      const m = yield* getOpt(a[0], '__module__');
      return (typeof m === 'string' ? moduleNamed(m) : undefined) ?? None;
    },
    getfile: (a) => getfile(a[0]),
    getsourcefile: (a) => getfile(a[0]),
    getsourcelines: function* (a): NativeGen {
      const [lines, n] = yield* sourceLines(rt, a[0]);
      return pyTuple([new PyList(lines), n]);
    },
    getsource: function* (a): NativeGen {
      return (yield* sourceLines(rt, a[0]))[0].join('');
    },
    getmro: (a) => pyTuple((a[0] as PyType).mro.slice()),
    unwrap: function* (a, kw): NativeGen {
      let f = a[0];
      const stop = kw?.get('stop');
      const seen = new Set<PyValue>([f]);
      for (let w = yield* getOpt(f, '__wrapped__'); w !== undefined; w = yield* getOpt(f, '__wrapped__')) {
        if (stop !== undefined && (yield* truth(yield* callF(stop, [f])))) break;
        f = w;
        if (seen.has(f)) throw pyErr(ValueError, `wrapper loop when unwrapping ${yield* reprOf(a[0])}`);
        seen.add(f);
      }
      return f;
    },
  }),
});
