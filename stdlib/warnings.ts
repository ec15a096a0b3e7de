// The `warnings` module (CPython: Python/_warnings.c with Lib/warnings.py's Python-level API):
// warn, warn_explicit, showwarning/formatwarning (overridable: warn() looks them up in the module at
// each call, as CPython's _showwarnmsg does), filterwarnings/simplefilter/resetwarnings, catch_warnings
// (record=True swaps `_showwarnmsg_impl` for log.append), WarningMessage, the 3.11 default filters.
//
// `filters` is the Python list of (action, message, category, module, lineno) tuples, read at every warn
// (so code may edit it directly); message/module are None, a str (compared for equality, as the default
// '__main__' filter) or a compiled pattern (filterwarnings' regexes: a small `re.Pattern` look-alike, JS
// RegExp underneath, since pyts has no `re`). The per-module "already warned" registries (CPython's
// __warningregistry__ dicts) and the once-registry are JS-side, keyed by the globals dict; each holds the
// filters version it was filled under and is cleared when the filters changed since.
//
// warnFromNative(category, message, stacklevel) is for natives (CPython: PyErr_WarnEx): stacklevel 1 is
// the Python code calling the native.

import { PyObject, settle, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, NotImplemented, builtinType, objectType } from '../src/objects/builtin-types.js';
import {
  PyBaseException, Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, ImportWarning, ResourceWarning,
  TypeError, RuntimeError, ValueError, AssertionError, OSError, isExcOf, pyErr,
} from '../src/objects/exceptions.js';
import { nativeFunction, methodTable } from '../src/objects/native.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyModule } from '../src/objects/module.js';
import { isCallable } from '../src/objects/call.js';
import { defineGetSet } from '../src/objects/descriptors.js';
import * as ops from '../src/objects/ops.js';
import { asIndex } from '../src/builtins/num.js';
import { strRepr } from '../src/objects/format/str-repr.js';
import { signature, typeName } from '../src/builtins/args.js';
import { runtime, need } from '../src/builtins/runtime-hooks.js';
import { pythonFrame } from '../src/vm/frame-object.js';
import { currentThread } from '../src/vm/thread.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineClass, getA, setA, callM, callF, strOf, reprOf, truth, itemsOf, field, setField } from './lib/pyclass.js';
import { defineModule } from './index.js';

type G<T = PyValue> = Generator<any, T, any>;

interface Registry {
  version: number;
  keys: Set<string>;
}
interface WState {
  rt: Runtime;
  mod: PyModule;
  version: number;
  regs: WeakMap<object, Registry>;
  once: Set<string>;
  showwarning: PyValue;
  formatwarning: PyValue;
  showImpl: PyValue;
}
const states = new WeakMap<PyDict, WState>();

const catIds = new WeakMap<object, number>();
let nextCat = 1;
function catId(c: PyValue): number {
  if (typeof c !== 'object') return 0;
  let i = catIds.get(c);
  if (i === undefined) catIds.set(c, (i = nextCat++));
  return i;
}

// ---------------------------------------------------------------------------------------------------
// Compiled patterns for filterwarnings (re.compile(message, re.I) / re.compile(module))

const patternType = builtinType('Pattern');
patternType.ns.set('__module__', 're');

class PyPattern extends PyObject {
  re: RegExp;
  constructor(public pattern: string, public ignoreCase: boolean) {
    super(patternType);
    const src = pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>');
    this.re = new RegExp(src, ignoreCase ? 'iuy' : 'uy');
  }
  test(s: string): boolean {
    this.re.lastIndex = 0;
    return this.re.test(s);
  }
}
const samePattern = (a: PyValue, b: PyValue) =>
  a instanceof PyPattern && b instanceof PyPattern && a.pattern === b.pattern && a.ignoreCase === b.ignoreCase;

patternType.define(methodTable('Pattern', {
  match: (a) => (typeof a[1] === 'string' && (a[0] as PyPattern).test(a[1]) ? a[1] : None),
  __repr__: (a) => {
    const p = a[0] as PyPattern;
    return `re.compile(${strRepr(p.pattern)}${p.ignoreCase ? ', re.IGNORECASE' : ''})`;
  },
  __eq__: (a) => (a[1] instanceof PyPattern ? samePattern(a[0], a[1]) : NotImplemented),
  __hash__: (a) => {
    let h = 7;
    for (const ch of (a[0] as PyPattern).pattern) h = (h * 31 + ch.charCodeAt(0)) | 0;
    return h;
  },
}));
defineGetSet(patternType, 'pattern', (p) => (p as PyPattern).pattern);

function* matches(pat: PyValue, text: PyValue): G<boolean> {
  if (pat === None) return true;
  if (typeof pat === 'string') return pat === text;
  if (pat instanceof PyPattern && typeof text === 'string') return pat.test(text);
  return yield* truth(yield* callM(pat, 'match', [text]));
}

function* isSub(sub: PyValue, cls: PyValue): G<boolean> {
  const r = ops.isSubclass(sub, cls);
  return typeof r === 'boolean' ? r : yield* truth(yield* settle(r as NativeGen));
}

// ---------------------------------------------------------------------------------------------------
// warn / warn_explicit

function frameLine(f: { code: any; pc: number }): number {
  return f.code.lineOf(Math.max(0, f.pc - 1));
}

function* warnImpl(st: WState, message: PyValue, category: PyValue, stacklevel: number, source: PyValue): G<void> {
  if (message instanceof PyBaseException && message.type.isSubtypeOf(Warning)) category = message.type;
  if (category === None) category = UserWarning;
  if (!(category instanceof PyType && category.isSubtypeOf(Warning))) {
    throw pyErr(TypeError, `category must be a Warning subclass, not '${typeName(category)}'`);
  }
  let f = pythonFrame(currentThread()?.frame ?? null);
  while (--stacklevel > 0 && f !== null) f = pythonFrame(f.back);
  let globals: PyDict;
  let filename: string;
  let lineno: number;
  if (f === null) {
    globals = st.rt.sys.dict;
    filename = 'sys';
    lineno = 1;
  } else {
    globals = f.globals as PyDict;
    filename = f.code!.filename;
    lineno = frameLine(f);
  }
  const module = globals.getStr('__name__') ?? '<string>';
  yield* warnExplicit(st, message, category, filename, lineno, module, globals, source);
}

function* warnExplicit(st: WState, message: PyValue, category: PyValue, filename: PyValue, lineno: number,
  module: PyValue, regObj: object | null, source: PyValue): G<void> {
  let reg: Registry = { version: st.version, keys: new Set() };
  if (regObj !== null) {
    const r = st.regs.get(regObj);
    if (r === undefined) st.regs.set(regObj, reg);
    else reg = r;
  }
  if (reg.version !== st.version) {
    reg.keys.clear();
    reg.version = st.version;
  }
  let text: PyValue;
  if (message instanceof PyBaseException && message.type.isSubtypeOf(Warning)) {
    text = yield* strOf(message);
    category = message.type;
  } else {
    text = message;
    message = yield* callF(category, [message]);
  }
  const tkey = typeof text === 'string' ? text : '\u0001' + (yield* reprOf(text));
  const key = `${tkey}\0${catId(category)}\0${lineno}`;
  if (reg.keys.has(key)) return;
  const filters = st.mod.dict.getStr('filters');
  if (!(filters instanceof PyList)) throw pyErr(ValueError, '_warnings.filters must be a list');
  let action: PyValue | undefined;
  let item: PyValue = None;
  const items = filters.items.slice();
  for (let i = 0; i < items.length; i++) {
    item = items[i];
    if (!(item instanceof PyTuple) || item.items.length !== 5) throw pyErr(ValueError, `_warnings.filters item ${i} isn't a 5-tuple`);
    const [act, msg, cat, mod, ln] = item.items;
    if (typeof act !== 'string') throw pyErr(TypeError, `action must be a string, not '${typeName(act)}'`);
    if ((yield* matches(msg, text)) && (yield* isSub(category, cat)) && (yield* matches(mod, module)) && (ln === 0 || ln === lineno)) {
      action = act;
      break;
    }
  }
  if (action === undefined) {
    action = st.mod.dict.getStr('defaultaction') ?? 'default';
    item = None;
  }
  if (action === 'ignore') return;
  if (action === 'error') throw message;
  if (action === 'once') {
    reg.keys.add(key);
    const okey = `${tkey}\0${catId(category)}`;
    if (st.once.has(okey)) return;
    st.once.add(okey);
  } else if (action === 'module') {
    reg.keys.add(key);
    const alt = `${tkey}\0${catId(category)}\0${0}`;
    if (reg.keys.has(alt)) return;
    reg.keys.add(alt);
  } else if (action === 'default') {
    reg.keys.add(key);
  } else if (action !== 'always') {
    throw pyErr(RuntimeError, `Unrecognized action (${yield* reprOf(action)}) in warnings.filters:\n ${yield* reprOf(item)}`);
  }
  yield* showWarnMsg(st, message, category, filename, lineno, source);
}

// ---------------------------------------------------------------------------------------------------
// Showing and formatting

/** CPython: warnings._showwarnmsg (the user's showwarning, else _showwarnmsg_impl). */
function* showWarnMsg(st: WState, message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, source: PyValue): G<void> {
  const d = st.mod.dict;
  const sw = d.getStr('showwarning');
  if (sw !== undefined && sw !== st.showwarning) {
    if (!isCallable(sw)) throw pyErr(TypeError, 'warnings.showwarning() must be set to a function or method');
    yield* callF(sw, [message, category, filename, lineno, None, None]);
    return;
  }
  yield* showImpl(st, message, category, filename, lineno, None, None, source);
}

/** Through the module's current _showwarnmsg_impl (a catch_warnings log's append), else print it. */
function* showImpl(st: WState, message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue,
  file: PyValue, line: PyValue, source: PyValue): G<void> {
  const impl = st.mod.dict.getStr('_showwarnmsg_impl');
  if (impl !== undefined && impl !== st.showImpl) {
    yield* callF(impl, [newWarningMessage(message, category, filename, lineno, file, line, source)]);
    return;
  }
  yield* printWarning(st, message, category, filename, lineno, file, line);
}

function* printWarning(st: WState, message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, file: PyValue, line: PyValue): G<void> {
  if (file === None) file = st.rt.sys.dict.getStr('stderr') ?? None;
  if (file === None) return;
  let text: PyValue;
  const fw = st.mod.dict.getStr('formatwarning');
  if (fw !== undefined && fw !== st.formatwarning) text = yield* callF(fw, [message, category, filename, lineno, line]);
  else text = yield* formatImpl(st, message, category, filename, lineno, line);
  try {
    yield* callM(file, 'write', [text]);
  } catch (e) {
    if (!isExcOf(e, OSError)) throw e;
  }
}

/** CPython: warnings._formatwarnmsg_impl. */
function* formatImpl(st: WState, message: PyValue, category: PyValue, filename: PyValue, lineno: PyValue, line: PyValue): G<string> {
  const cat = yield* strOf(yield* getA(category, '__name__'));
  let s = `${yield* strOf(filename)}:${yield* strOf(lineno)}: ${cat}: ${yield* strOf(message)}\n`;
  if (line === None) {
    line = typeof filename === 'string' && typeof lineno === 'number' ? st.rt.sources.line(filename, lineno) ?? '' : '';
  }
  if (yield* truth(line)) s += `  ${typeof line === 'string' ? line.trim() : yield* strOf(yield* callM(line, 'strip'))}\n`;
  return s;
}

// ---------------------------------------------------------------------------------------------------
// WarningMessage and catch_warnings

const DETAILS = ['message', 'category', 'filename', 'lineno', 'file', 'line', 'source'];

const WarningMessage = defineClass('warnings', 'WarningMessage', [objectType], {
  _WARNING_DETAILS: pyTuple(DETAILS),
  __init__: function* (a, kw): NativeGen {
    const v = wmSig.parse(a.slice(1), kw);
    const self = a[0];
    for (let i = 0; i < DETAILS.length; i++) yield* setA(self, DETAILS[i], v[i] ?? None);
    const cat = v[1] as PyValue;
    yield* setA(self, '_category_name', (yield* truth(cat)) ? yield* getA(cat, '__name__') : None);
    return None;
  },
  __str__: function* (a): NativeGen {
    const s = a[0];
    const r = function* (n: string) {
      return yield* reprOf(yield* getA(s, n));
    };
    return `{message : ${yield* r('message')}, category : ${yield* r('_category_name')}, filename : ${yield* r('filename')}, lineno : ${yield* strOf(yield* getA(s, 'lineno'))}, line : ${yield* r('line')}}`;
  },
});
const wmSig = signature('WarningMessage', 'message, category, filename, lineno, file=None, line=None, source=None');

function newWarningMessage(...v: PyValue[]): PyValue {
  const o = new PyObject(WarningMessage);
  for (let i = 0; i < DETAILS.length; i++) setField(o, DETAILS[i], v[i] ?? None);
  setField(o, '_category_name', v[1] instanceof PyType ? v[1].name : None);
  return o;
}

function* moduleOf(self: PyValue): G {
  return field(self, '_module') ?? None;
}

const cwSig = signature('catch_warnings', '*, record=False, module=None, action=None, category=Warning, lineno=0, append=False');

function makeCatchWarnings(st: WState): PyType {
  const warningsMod = () => st.rt.sysModules.getStr('warnings') ?? st.mod;
  return defineClass('warnings', 'catch_warnings', [objectType], {
    __init__: (a, kw) => {
      const [record, module, action, category, lineno, append] = cwSig.parse(a.slice(1), kw);
      const self = a[0];
      setField(self, '_record', record ?? false);
      setField(self, '_module', module === undefined || module === None ? warningsMod() : module);
      setField(self, '_entered', false);
      setField(self, '_filter', action === undefined || action === None ? None
        : pyTuple([action, category ?? Warning, lineno ?? 0, append ?? false]));
      return None;
    },
    __repr__: function* (a): NativeGen {
      const self = a[0];
      const args: string[] = [];
      if (yield* truth(field(self, '_record') ?? false)) args.push('record=True');
      const m = yield* moduleOf(self);
      if (m !== warningsMod()) args.push(`module=${yield* reprOf(m)}`);
      return `${(self as PyObject).type.name}(${args.join(', ')})`;
    },
    __enter__: function* (a): NativeGen {
      const self = a[0];
      if (yield* truth(field(self, '_entered') ?? false)) throw pyErr(RuntimeError, `Cannot enter ${yield* reprOf(self)} twice`);
      setField(self, '_entered', true);
      const m = yield* moduleOf(self);
      const filters = yield* getA(m, 'filters');
      setField(self, '_filters', filters);
      yield* setA(m, 'filters', new PyList(yield* itemsOf(filters)));
      yield* callM(m, '_filters_mutated');
      setField(self, '_showwarning', yield* getA(m, 'showwarning'));
      setField(self, '_showwarnmsg_impl', yield* getA(m, '_showwarnmsg_impl'));
      const flt = field(self, '_filter') ?? None;
      if (flt instanceof PyTuple) yield* addFilter(st, flt.items[0], None, flt.items[1], None, flt.items[2], flt.items[3], 'simplefilter');
      if (yield* truth(field(self, '_record') ?? false)) {
        const log = new PyList([]);
        yield* setA(m, '_showwarnmsg_impl', yield* getA(log, 'append'));
        yield* setA(m, 'showwarning', yield* getA(m, '_showwarning_orig'));
        return log;
      }
      return None;
    },
    __exit__: function* (a): NativeGen {
      const self = a[0];
      if (!(yield* truth(field(self, '_entered') ?? false))) throw pyErr(RuntimeError, `Cannot exit ${yield* reprOf(self)} without entering first`);
      const m = yield* moduleOf(self);
      yield* setA(m, 'filters', field(self, '_filters') ?? None);
      yield* callM(m, '_filters_mutated');
      yield* setA(m, 'showwarning', field(self, '_showwarning') ?? None);
      yield* setA(m, '_showwarnmsg_impl', field(self, '_showwarnmsg_impl') ?? None);
      return None;
    },
  }, 'A context manager that copies and restores the warnings filter upon\n    exiting the context.');
}

// ---------------------------------------------------------------------------------------------------
// Filters

const ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

function* addFilter(st: WState, action: PyValue, message: PyValue, category: PyValue, module: PyValue, lineno: PyValue,
  append: PyValue, fname: 'filterwarnings' | 'simplefilter'): G<void> {
  if (typeof action !== 'string' || !ACTIONS.includes(action)) throw pyErr(AssertionError, `invalid action: ${yield* reprOf(action)}`);
  if (fname === 'filterwarnings' && typeof message !== 'string') throw pyErr(AssertionError, 'message must be a string');
  if (!(category instanceof PyType)) throw pyErr(AssertionError, 'category must be a class');
  if (!category.isSubtypeOf(Warning)) throw pyErr(AssertionError, 'category must be a Warning subclass');
  if (fname === 'filterwarnings' && typeof module !== 'string') throw pyErr(AssertionError, 'module must be a string');
  if (typeof lineno !== 'number' && typeof lineno !== 'boolean' || Number(lineno) < 0) throw pyErr(AssertionError, 'lineno must be an int >= 0');
  const msg = typeof message === 'string' && message !== '' ? new PyPattern(message, true) : None;
  const mod = typeof module === 'string' && module !== '' ? new PyPattern(module, false) : None;
  const item = [action, msg, category, mod, lineno];
  const filters = st.mod.dict.getStr('filters');
  if (!(filters instanceof PyList)) throw pyErr(ValueError, '_warnings.filters must be a list');
  const same = (x: PyValue) => x instanceof PyTuple && x.items.length === 5 &&
    x.items.every((v, i) => v === item[i] || samePattern(v, item[i]) || (typeof v !== 'object' && v == item[i]));
  const at = filters.items.findIndex(same);
  if (!(yield* truth(append))) {
    if (at >= 0) filters.items.splice(at, 1);
    filters.items.unshift(pyTuple(item));
  } else if (at < 0) filters.items.push(pyTuple(item));
  st.version++;
}

function defaultFilters(): PyList {
  const f = (action: string, cat: PyType, mod: PyValue = None) => pyTuple([action, None, cat, mod, 0]);
  return new PyList([
    f('default', DeprecationWarning, '__main__'), f('ignore', DeprecationWarning), f('ignore', PendingDeprecationWarning),
    f('ignore', ImportWarning), f('ignore', ResourceWarning),
  ]);
}

// ---------------------------------------------------------------------------------------------------
// For natives

function* warningsState(): G<WState> {
  const sys = runtime.sys as PyModule;
  const mods = sys.dict.getStr('modules');
  let m = mods instanceof PyDict ? mods.getStr('warnings') : undefined;
  if (!(m instanceof PyModule && states.has(m.dict))) m = yield* settle(need('importModule')('warnings', None, None, None, 0));
  const st = m instanceof PyModule ? states.get(m.dict) : undefined;
  if (st === undefined) throw pyErr(RuntimeError, 'warnings module is not the pyts warnings module');
  return st;
}

/** CPython: PyErr_WarnEx. Call from a generator native: `yield* warnFromNative(DeprecationWarning, '...')`. */
export function* warnFromNative(category: PyType, message: string, stacklevel = 1): G<void> {
  yield* warnImpl(yield* warningsState(), message, category, stacklevel, None);
}

// ---------------------------------------------------------------------------------------------------

const warnSig = signature('warn', 'message, category=None, stacklevel=1, source=None');
const warnExplicitSig = signature('warn_explicit', 'message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None');
const showSig = signature('showwarning', 'message, category, filename, lineno, file=None, line=None');
const formatSig = signature('formatwarning', 'message, category, filename, lineno, line=None');
const filterSig = signature('filterwarnings', 'action, message="", category=Warning, module="", lineno=0, append=False');
const simpleSig = signature('simplefilter', 'action, category=Warning, lineno=0, append=False');

function* msgFields(m: PyValue): G<PyValue[]> {
  const out: PyValue[] = [];
  for (const n of DETAILS) out.push(yield* getA(m, n));
  return out;
}

export default defineModule({
  name: 'warnings',
  doc: 'Python part of the warnings subsystem.',
  init: (mod, rt) => {
    const st: WState = { rt, mod, version: 1, regs: new WeakMap(), once: new Set(), showwarning: None, formatwarning: None, showImpl: None };
    states.set(mod.dict, st);
    const fn = (name: string, f: (a: PyValue[], kw: any) => G<PyValue> | PyValue, doc?: string) => nativeFunction(name, f as any, doc);
    const showwarning = fn('showwarning', function* (a, kw) {
      const [message, category, filename, lineno, file, line] = showSig.parse(a, kw);
      yield* showImpl(st, message!, category!, filename!, lineno!, file ?? None, line ?? None, None);
      return None;
    }, 'Hook to write a warning to a file; replace if you like.');
    const formatwarning = fn('formatwarning', function* (a, kw) {
      const [message, category, filename, lineno, line] = formatSig.parse(a, kw);
      return yield* formatImpl(st, message!, category!, filename!, lineno!, line ?? None);
    }, 'Function to format a warning the standard way.');
    const showImplFn = fn('_showwarnmsg_impl', function* (a) {
      const [message, category, filename, lineno, file, line] = yield* msgFields(a[0]);
      yield* printWarning(st, message, category, filename, lineno, file, line);
      return None;
    });
    st.showwarning = showwarning;
    st.formatwarning = formatwarning;
    st.showImpl = showImplFn;
    return {
      __all__: new PyList(['warn', 'warn_explicit', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
        'resetwarnings', 'catch_warnings']),
      filters: defaultFilters(),
      defaultaction: 'default',
      onceregistry: new PyDict(),
      _filters_mutated: fn('_filters_mutated', () => (st.version++, None)),
      warn: fn('warn', function* (a, kw) {
        const [message, category, stacklevel, source] = warnSig.parse(a, kw);
        const lvl = stacklevel === undefined ? 1 : asIndex(stacklevel) ?? 1;
        yield* warnImpl(st, message!, category ?? None, Number(lvl), source ?? None);
        return None;
      }, 'Issue a warning, or maybe ignore it or raise an exception.'),
      warn_explicit: fn('warn_explicit', function* (a, kw) {
        const [message, category, filename, lineno, module, registry, , source] = warnExplicitSig.parse(a, kw);
        let modname = module ?? None;
        if (modname === None) {
          const f = typeof filename === 'string' && filename !== '' ? filename : '<unknown>';
          modname = f.slice(-3).toLowerCase() === '.py' ? f.slice(0, -3) : f;
        }
        const reg = registry !== undefined && registry !== None && typeof registry === 'object' ? registry : null;
        yield* warnExplicit(st, message!, category!, filename!, Number(asIndex(lineno!) ?? 0), modname, reg, source ?? None);
        return None;
      }, 'Low-level interface to warnings functionality.'),
      showwarning,
      formatwarning,
      _showwarning_orig: showwarning,
      _formatwarning_orig: formatwarning,
      _showwarnmsg_impl: showImplFn,
      _formatwarnmsg_impl: fn('_formatwarnmsg_impl', function* (a) {
        const [message, category, filename, lineno, , line] = yield* msgFields(a[0]);
        return yield* formatImpl(st, message, category, filename, lineno, line);
      }),
      _showwarnmsg: fn('_showwarnmsg', function* (a) {
        const [message, category, filename, lineno, , , source] = yield* msgFields(a[0]);
        yield* showWarnMsg(st, message, category, filename, lineno, source);
        return None;
      }),
      filterwarnings: fn('filterwarnings', function* (a, kw) {
        const [action, message, category, module, lineno, append] = filterSig.parse(a, kw);
        yield* addFilter(st, action!, message ?? '', category ?? Warning, module ?? '', lineno ?? 0, append ?? false, 'filterwarnings');
        return None;
      }, 'Insert an entry into the list of warnings filters (at the front).'),
      simplefilter: fn('simplefilter', function* (a, kw) {
        const [action, category, lineno, append] = simpleSig.parse(a, kw);
        yield* addFilter(st, action!, None, category ?? Warning, None, lineno ?? 0, append ?? false, 'simplefilter');
        return None;
      }, 'Insert a simple entry into the list of warnings filters (at the front).'),
      resetwarnings: fn('resetwarnings', () => {
        const filters = mod.dict.getStr('filters');
        if (filters instanceof PyList) filters.items.length = 0;
        st.version++;
        return None;
      }, 'Clear the list of warning filters, so that no filters are active.'),
      WarningMessage,
      catch_warnings: makeCatchWarnings(st),
    };
  },
});
