// The `logging` module (CPython: Lib/logging/__init__.py), in TypeScript.
//
// The classes (Filterer, Filter, LogRecord, Formatter and its styles, Handler, StreamHandler,
// FileHandler, NullHandler, Logger, RootLogger, Manager, LoggerAdapter) are heap classes made by
// defineClass, as CPython's are Python classes: Python code subclasses them and overrides emit/format/
// filter/makeRecord..., and every place where CPython's code calls `self.method(...)` we call the method
// through the attribute rules too (so an override runs). Object state lives in the instance __dict__
// under CPython's attribute names (`handler.level`, `logger.handlers`, `record.msg`...).
//
// All module state (the root logger, the manager's logger table, level names, the handler list for
// shutdown) belongs to one module instance, i.e. one Runtime: made fresh by init().
//
// Threads: a record carries threading.get_ident() and threading.current_thread().name (threading is
// imported on first use, as CPython's logging imports it). Each Handler has an RLock held around emit;
// StreamHandler writes `msg + terminator` in one write() call, so one record's line never interleaves
// with another thread's output.
//
// The caller's file/line/function (findCaller) come from the current green thread's Python frames:
// our natives push no Python frames, so the innermost Python frame is the caller, as CPython's
// frame walk skipping logging/__init__.py finds it.

import { PyObject, settle, type KwArgs, type NativeGen, type PyValue } from '../src/objects/object.js';
import { PyType } from '../src/objects/type.js';
import { None, typeOf, objectType } from '../src/objects/builtin-types.js';
import {
  PyBaseException, BaseException, Exception, RecursionError, KeyError, NotImplementedError, TypeError, ValueError, pyErr, isExcOf,
} from '../src/objects/exceptions.js';
import { PyDict } from '../src/objects/dict.js';
import { PyList } from '../src/objects/list.js';
import { PyTuple, pyTuple } from '../src/objects/tuple.js';
import { PyFloat, pyFloat } from '../src/objects/float.js';
import { PyModule } from '../src/objects/module.js';
import { nativeFunction, PyNativeFunction, type NativeFn } from '../src/objects/native.js';
import { PyProperty, propertyType, staticMethod } from '../src/objects/descriptors.js';
import * as ops from '../src/objects/ops.js';
import { BinOp } from '../src/objects/ops.js';
import { toArray } from '../src/objects/seq.js';
import { signature, typeName } from '../src/builtins/args.js';
import { currentThread } from '../src/vm/thread.js';
import type { Frame } from '../src/vm/frame.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { formatException, formatEntries, type TbEntry } from '../src/runtime/traceback.js';
import { importModule } from '../src/runtime/import.js';
import { stdlibModules } from './index.js';
import { defineModule } from './index.js';
import { strftime, structTimeType } from './time.js';
import { newStructSeq, PyStructSeq } from '../src/runtime/structseq.js';
import {
  defineClass, itemsOf, containsOf, getA, getOpt, setA, callM, callF, strOf, reprOf, truth, field, setField, type G,
} from './lib/pyclass.js';

export const CRITICAL = 50;
export const ERROR = 40;
export const WARNING = 30;
export const INFO = 20;
export const DEBUG = 10;
export const NOTSET = 0;

const BASIC_FORMAT = '%(levelname)s:%(name)s:%(message)s';

/** A JS number from a Python int (levels); undefined if not an int. */
function intOf(v: PyValue): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

function kw(entries: Record<string, PyValue | undefined>): KwArgs {
  const m = new Map<string, PyValue>();
  for (const [k, v] of Object.entries(entries)) if (v !== undefined) m.set(k, v);
  return m;
}

/** A str-keyed dict as call keywords (`f(**d)`). */
function dictToKw(d: PyDict): Map<string, PyValue> {
  const m = new Map<string, PyValue>();
  d.keys.forEach((k, i) => {
    if (typeof k === 'string') m.set(k, d.vals[i] as PyValue);
  });
  return m;
}

/** The Python frames of the current thread, innermost first. */
function pythonFrames(): Frame[] {
  const out: Frame[] = [];
  for (let f = currentThread()?.frame ?? null; f !== null; f = f.back) if (f.code !== null) out.push(f);
  return out;
}

function frameLine(f: Frame): number {
  const co = f.code!;
  const n = co.lineOf(Math.max(0, f.pc - 1));
  return n > 0 ? n : co.firstlineno;
}

function basename(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? p : p.slice(i + 1);
}

function splitextRoot(p: string): string {
  const i = p.lastIndexOf('.');
  return i <= 0 ? p : p.slice(0, i);
}

export function initLogging(mod: PyModule, rt: Runtime): Record<string, PyValue | NativeFn> {
  const M = 'logging';
  const ns = mod.dict;
  const host = rt.host;
  const startTime = rt.sched.wallTime();

  // ---- levels --------------------------------------------------------------------------------------
  const levelToName = new PyDict();
  const nameToLevel = new PyDict();
  for (const [n, v] of [['CRITICAL', CRITICAL], ['ERROR', ERROR], ['WARNING', WARNING], ['INFO', INFO], ['DEBUG', DEBUG], ['NOTSET', NOTSET]] as [string, number][]) {
    levelToName.set(v, n);
  }
  for (const [n, v] of [['CRITICAL', CRITICAL], ['FATAL', 50], ['ERROR', ERROR], ['WARN', 30], ['WARNING', WARNING], ['INFO', INFO], ['DEBUG', DEBUG], ['NOTSET', NOTSET]] as [string, number][]) {
    nameToLevel.setStr(n, v);
  }

  function* getLevelNameG(level: PyValue): G {
    let r = yield* settle(levelToName.getOr(level, None));
    if (r !== None) return r;
    r = yield* settle(nameToLevel.getOr(level, None));
    if (r !== None) return r;
    return `Level ${yield* strOf(level)}`;
  }

  /** CPython: _checkLevel. */
  function* checkLevel(level: PyValue): G<PyValue> {
    if (intOf(level) !== undefined) return level;
    if (typeof level === 'string') {
      const v = nameToLevel.getStr(level);
      if (v === undefined) throw pyErr(ValueError, `Unknown level: ${yield* reprOf(level)}`);
      return v;
    }
    throw pyErr(TypeError, `Level not an integer or a valid string: ${yield* reprOf(level)}`);
  }

  // ---- threading (imported on first use) -----------------------------------------------------------
  let threading: PyValue | null | undefined;
  function* threadingMod(): G<PyValue | null> {
    if (threading !== undefined) return threading;
    const loaded = rt.sysModules.getStr('threading');
    if (loaded !== undefined) return (threading = loaded);
    if (!('threading' in stdlibModules)) return (threading = null);
    try {
      threading = (yield* importModule(rt, 'threading', None, None, 0)) as PyValue;
    } catch {
      threading = null;
    }
    return threading;
  }

  function* threadInfo(): G<[PyValue, PyValue]> {
    const th = yield* threadingMod();
    if (th !== null) {
      const ident = yield* callM(th, 'get_ident');
      const cur = yield* callM(th, 'current_thread');
      return [ident, yield* getA(cur, 'name')];
    }
    const t = currentThread();
    const g = t?.data as { ident?: number; name?: string } | undefined;
    return [g?.ident ?? t?.ident ?? 0, g?.name ?? 'MainThread'];
  }

  function* sysAttr(name: string): G<PyValue> {
    return rt.sys.dict.getStr(name) ?? None;
  }

  // ---- Filterer / Filter ---------------------------------------------------------------------------
  function* filtererFilter(self: PyValue, record: PyValue): G<boolean> {
    const filters = yield* getA(self, 'filters');
    const items = filters instanceof PyList ? filters.items.slice() : (yield* itemsOf(filters));
    for (const f of items) {
      const m = yield* getOpt(f, 'filter');
      const result = m !== undefined ? yield* callF(m, [record]) : yield* callF(f, [record]);
      if (!(yield* truth(result))) return false;
    }
    return true;
  }

  const Filterer = defineClass(M, 'Filterer', [objectType], {
    __init__: (a) => {
      setField(a[0], 'filters', new PyList([]));
      return None;
    },
    addFilter: function* (a): NativeGen {
      const filters = (yield* getA(a[0], 'filters')) as PyList;
      if (!(yield* containsOf(filters, a[1]))) filters.items.push(a[1]);
      return None;
    },
    removeFilter: function* (a): NativeGen {
      const filters = (yield* getA(a[0], 'filters')) as PyList;
      if (yield* containsOf(filters, a[1])) yield* callM(filters, 'remove', [a[1]]);
      return None;
    },
    filter: function* (a): NativeGen {
      return yield* filtererFilter(a[0], a[1]);
    },
  });

  const filterInitSig = signature('__init__', "name=''");
  const Filter = defineClass(M, 'Filter', [objectType], {
    __init__: (a, k) => {
      const [name = ''] = filterInitSig.parse(a.slice(1), k);
      setField(a[0], 'name', name as PyValue);
      setField(a[0], 'nlen', ops.len(name as PyValue) as number);
      return None;
    },
    filter: function* (a): NativeGen {
      const self = a[0];
      const nlen = intOf(yield* getA(self, 'nlen')) ?? 0;
      const name = (yield* getA(self, 'name')) as string;
      if (nlen === 0) return true;
      const rname = (yield* getA(a[1], 'name')) as string;
      if (name === rname) return true;
      if (!rname.startsWith(name)) return false;
      return Array.from(rname)[nlen] === '.';
    },
  });

  // ---- LogRecord -----------------------------------------------------------------------------------
  const recordSig = signature('__init__', 'name, level, pathname, lineno, msg, args, exc_info, func=None, sinfo=None');
  function* recordInit(self: PyValue, args: PyValue[], kwargs: KwArgs): G<PyValue> {
    const extra = new Map(kwargs ?? []);
    for (const n of recordSig.names) extra.delete(n);
    const known = kwargs === null ? null : new Map([...kwargs].filter(([k]) => recordSig.names.includes(k)));
    const [name, level, pathname, lineno, msg, rargs, excInfo, func = None, sinfo = None] = recordSig.parse(args, known && known.size ? known : null) as PyValue[];
    const ct = rt.sched.wallTime();
    const d = ((self as PyObject).dict ??= new PyDict());
    d.setStr('name', name);
    d.setStr('msg', msg);
    let a = rargs;
    // `logging.info("%(x)s", {"x": 1})`: a single non-empty mapping argument is the mapping.
    if (a instanceof PyTuple && a.items.length === 1) {
      const only = a.items[0];
      if (only instanceof PyDict && only.size > 0) a = only;
      else if (only instanceof PyObject && !(only instanceof PyDict) && typeOf(only).lookup('keys') !== undefined && typeOf(only).lookup('__getitem__') !== undefined) {
        const n = yield* settle(ops.len(only) as any);
        if (n) a = only;
      }
    }
    d.setStr('args', a);
    d.setStr('levelname', yield* getLevelNameG(level));
    d.setStr('levelno', level);
    d.setStr('pathname', pathname);
    const p = typeof pathname === 'string' ? pathname : yield* strOf(pathname);
    const fname = basename(p);
    d.setStr('filename', fname);
    d.setStr('module', splitextRoot(fname));
    d.setStr('exc_info', excInfo);
    d.setStr('exc_text', None);
    d.setStr('stack_info', sinfo);
    d.setStr('lineno', lineno);
    d.setStr('funcName', func);
    d.setStr('created', pyFloat(ct));
    d.setStr('msecs', pyFloat(Math.floor((ct - Math.floor(ct)) * 1000)));
    d.setStr('relativeCreated', pyFloat((ct - startTime) * 1000));
    const [ident, tname] = yield* threadInfo();
    d.setStr('thread', ident);
    d.setStr('threadName', tname);
    d.setStr('processName', 'MainProcess');
    d.setStr('process', host.pid());
    return None;
  }

  function* getMessage(record: PyValue): G<string> {
    const msg = yield* strOf(yield* getA(record, 'msg'));
    const args = yield* getA(record, 'args');
    if (yield* truth(args)) {
      const r = yield* settle(ops.binaryOp(msg, args, BinOp.Remainder));
      return yield* strOf(r);
    }
    return msg;
  }

  const LogRecord = defineClass(M, 'LogRecord', [objectType], {
    __init__: (a, k) => recordInit(a[0], a.slice(1), k),
    getMessage: (a) => getMessage(a[0]),
    __repr__: function* (a): NativeGen {
      const r = a[0];
      const parts: string[] = [];
      for (const n of ['name', 'levelno', 'pathname', 'lineno']) parts.push(yield* strOf(yield* getA(r, n)));
      return `<LogRecord: ${parts.join(', ')}, "${yield* strOf(yield* getA(r, 'msg'))}">`;
    },
  });
  let recordFactory: PyValue = LogRecord;

  // ---- Formatter styles ----------------------------------------------------------------------------
  const percentValid = /%\(\w+\)[#0+ -]*(\*|\d+)?(\.(\*|\d+))?[diouxefgcrsa%]/i;
  const strFieldSpec = /^(.?[<>=^])?[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$/i;

  function styleClass(name: string, defaultFormat: string, asctimeFormat: string, asctimeSearch: string, kind: '%' | '{' | '$'): PyType {
    const initSig = signature('__init__', 'fmt, *, defaults=None');
    return defineClass(M, name, [objectType], {
      default_format: defaultFormat,
      asctime_format: asctimeFormat,
      asctime_search: asctimeSearch,
      __init__: function* (a, k): NativeGen {
        const [fmt, defaults = None] = initSig.parse(a.slice(1), k) as PyValue[];
        const self = a[0];
        const f = (yield* truth(fmt)) ? fmt : yield* getA(self, 'default_format');
        setField(self, '_fmt', f);
        setField(self, '_defaults', defaults);
        return None;
      },
      usesTime: function* (a): NativeGen {
        const fmt = yield* strOf(yield* getA(a[0], '_fmt'));
        const search = yield* strOf(yield* getA(a[0], 'asctime_search'));
        return fmt.includes(search) || (kind === '$' && fmt.includes('$asctime'));
      },
      validate: function* (a): NativeGen {
        const fmt = yield* strOf(yield* getA(a[0], '_fmt'));
        const df = (yield* strOf(yield* getA(a[0], 'default_format'))).charAt(0);
        let ok: boolean;
        if (kind === '%') ok = percentValid.test(fmt);
        else if (kind === '$') {
          ok = false;
          const re = /\$(?:(\$)|(\w+)|\{(\w+)\}|)/g;
          for (let m = re.exec(fmt); m; m = re.exec(fmt)) {
            if (m[2] !== undefined || m[3] !== undefined) ok = true;
            else if (m[1] === undefined) throw pyErr(ValueError, 'invalid format: bare \'$\' not allowed');
          }
          if (!ok) throw pyErr(ValueError, 'invalid format: no fields');
        } else {
          try {
            ok = validateBrace(fmt);
          } catch (e) {
            if (isExcOf(e, ValueError)) throw pyErr(ValueError, `invalid format: ${e.args[0]}`);
            throw e;
          }
          if (!ok) throw pyErr(ValueError, 'invalid format: no fields');
        }
        if (!ok) throw pyErr(ValueError, `Invalid format '${fmt}' for '${df}' style`);
        return None;
      },
      _format: function* (a): NativeGen {
        return yield* styleFormat(a[0], a[1], kind);
      },
      format: function* (a): NativeGen {
        try {
          return yield* callM(a[0], '_format', [a[1]]);
        } catch (e) {
          if (isExcOf(e, KeyError)) {
            const err = pyErr(ValueError, `Formatting field not found in record: ${yield* reprOf(e.args[0] ?? None)}`);
            err.context = e;
            throw err;
          }
          throw e;
        }
      },
    });
  }

  /** CPython: StrFormatStyle.validate over _string.formatter_parser (its error texts). */
  function validateBrace(fmt: string): boolean {
    const fieldSpec = /^(\d+|\w+)(\.\w+|\[[^\]]+\])*$/u;
    const q = (x: string) => `'${x.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
    let found = false;
    let i = 0;
    while (i < fmt.length) {
      const c = fmt[i];
      if (c === '}') {
        if (fmt[i + 1] === '}') {
          i += 2;
          continue;
        }
        throw pyErr(ValueError, "Single '}' encountered in format string");
      }
      if (c !== '{') {
        i++;
        continue;
      }
      if (fmt[i + 1] === '{') {
        i += 2;
        continue;
      }
      // a replacement field: find its end, counting nested braces in the spec
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (depth > 0) throw pyErr(ValueError, "expected '}' before end of string");
      const body = fmt.slice(i + 1, j);
      i = j + 1;
      const m = /^([^!:]*)(?:!([^:]*))?(?::(.*))?$/s.exec(body)!;
      const fieldName = m[1];
      if (m[2] !== undefined && m[2].length !== 1) {
        if (m[2].length === 0) throw pyErr(ValueError, 'end of string while looking for conversion specifier');
        throw pyErr(ValueError, "expected ':' after conversion specifier");
      }
      if (fieldName) {
        if (!fieldSpec.test(fieldName)) throw pyErr(ValueError, `invalid field name/expression: ${q(fieldName)}`);
        found = true;
      }
      if (m[2] !== undefined && !'rsa'.includes(m[2])) throw pyErr(ValueError, `invalid conversion: ${q(m[2])}`);
      if (m[3] && !strFieldSpec.test(m[3])) throw pyErr(ValueError, `bad specifier: ${q(m[3])}`);
    }
    return found;
  }

  function* recordDictFor(style: PyValue, record: PyValue): G<PyValue> {
    const defaults = yield* getA(style, '_defaults');
    const rd = yield* getA(record, '__dict__');
    if (defaults !== None && (yield* truth(defaults))) {
      const d = new PyDict();
      yield* settle(ops.callMethod(d, 'update', [defaults]));
      yield* settle(ops.callMethod(d, 'update', [rd]));
      return d;
    }
    return rd;
  }

  /** CPython: string.Template(fmt).substitute(**values) with the default `$` pattern. */
  function* templateSubstitute(fmt: string, values: PyValue): G<string> {
    const re = /\$(?:(\$)|([_a-z][_a-z0-9]*)|\{([_a-z][_a-z0-9]*)\}|())/gi;
    let out = '';
    let last = 0;
    for (let m = re.exec(fmt); m !== null; m = re.exec(fmt)) {
      out += fmt.slice(last, m.index);
      last = m.index + m[0].length;
      if (m[1] !== undefined) {
        out += '$';
        continue;
      }
      const name = m[2] ?? m[3];
      if (name === undefined) {
        const lines = fmt.slice(0, m.index).split('\n');
        throw pyErr(ValueError, `Invalid placeholder in string: line ${lines.length}, col ${lines[lines.length - 1].length + 1}`);
      }
      out += yield* strOf(yield* settle(ops.getItem(values, name)));
    }
    return out + fmt.slice(last);
  }

  function* styleFormat(style: PyValue, record: PyValue, kind: '%' | '{' | '$'): G<PyValue> {
    const fmt = yield* getA(style, '_fmt');
    const values = yield* recordDictFor(style, record);
    if (kind === '%') return yield* settle(ops.binaryOp(fmt, values, BinOp.Remainder));
    if (kind === '{') return yield* callM(fmt, 'format', [], dictToKw(values as PyDict));
    return yield* templateSubstitute(yield* strOf(fmt), values);
  }

  const PercentStyle = styleClass('PercentStyle', '%(message)s', '%(asctime)s', '%(asctime)', '%');
  const StrFormatStyle = styleClass('StrFormatStyle', '{message}', '{asctime}', '{asctime', '{');
  const StringTemplateStyle = styleClass('StringTemplateStyle', '${message}', '${asctime}', '${asctime}', '$');
  const STYLES: Record<string, [PyType, string]> = {
    '%': [PercentStyle, BASIC_FORMAT],
    '{': [StrFormatStyle, '{levelname}:{name}:{message}'],
    $: [StringTemplateStyle, '${levelname}:${name}:${message}'],
  };
  const stylesDict = new PyDict();
  for (const [k, [c, f]] of Object.entries(STYLES)) stylesDict.setStr(k, pyTuple([c, f]));

  // ---- Formatter -----------------------------------------------------------------------------------
  /** time.localtime(secs) as Formatter.converter (the same struct_time as the time module's). */
  function localFields(t: number): [number[], string, number] {
    const tz = host.tzInfo(t);
    const ms = Math.floor(t) * 1000 + tz.offset * 1000;
    const d = new Date(ms);
    const y = d.getUTCFullYear();
    const yday = Math.floor((ms - Date.UTC(y, 0, 1)) / 86400000) + 1;
    const wday = (d.getUTCDay() + 6) % 7;
    return [[y, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday, tz.isDst ? 1 : 0], tz.name, tz.offset];
  }
  const localtime = nativeFunction('localtime', (a) => {
    const v = a.length && a[0] !== None ? a[0] : pyFloat(rt.sched.wallTime());
    const t = v instanceof PyFloat ? v.value : Number(intOf(v) ?? 0);
    const [f, zone, off] = localFields(t);
    return newStructSeq(structTimeType, [...f, zone, off]);
  });

  const fmtInitSig = signature('__init__', "fmt=None, datefmt=None, style='%', validate=True, *, defaults=None");
  const Formatter = defineClass(M, 'Formatter', [objectType], {
    converter: localtime,
    default_time_format: '%Y-%m-%d %H:%M:%S',
    default_msec_format: '%s,%03d',
    __init__: function* (a, k): NativeGen {
      const [fmt = None, datefmt = None, style = '%', validate = true, defaults = None] = fmtInitSig.parse(a.slice(1), k) as PyValue[];
      const self = a[0];
      if (typeof style !== 'string' || !(style in STYLES)) {
        throw pyErr(ValueError, `Style must be one of: ${Object.keys(STYLES).join(',')}`);
      }
      const st = yield* callF(STYLES[style][0], [fmt], kw({ defaults }));
      setField(self, '_style', st);
      if (yield* truth(validate)) yield* callM(st, 'validate');
      setField(self, '_fmt', yield* getA(st, '_fmt'));
      setField(self, 'datefmt', datefmt);
      return None;
    },
    formatTime: function* (a, k): NativeGen {
      const [record, datefmt = None] = signature('formatTime', 'record, datefmt=None').parse(a.slice(1), k) as PyValue[];
      return yield* formatTime(a[0], record, datefmt);
    },
    formatException: function* (a): NativeGen {
      return yield* formatExcInfo(a[1]);
    },
    usesTime: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], '_style'), 'usesTime');
    },
    formatMessage: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], '_style'), 'format', [a[1]]);
    },
    formatStack: (a) => a[1],
    format: function* (a): NativeGen {
      return yield* formatterFormat(a[0], a[1]);
    },
  });

  function* formatTime(self: PyValue, record: PyValue, datefmt: PyValue): G<PyValue> {
    const created = yield* getA(record, 'created');
    const conv = yield* getA(self, 'converter');
    let fields: number[];
    let zone: string;
    let off: number;
    if (conv === localtime) {
      const t = created instanceof PyFloat ? created.value : Number(intOf(created) ?? 0);
      [fields, zone, off] = localFields(t);
    } else {
      const st = yield* callF(conv, [created]);
      if (!(st instanceof PyTuple)) throw pyErr(TypeError, 'Tuple or struct_time argument required');
      const all = st instanceof PyStructSeq ? st.all : st.items;
      fields = all.slice(0, 9).map((x) => Number(intOf(x) ?? 0));
      zone = st instanceof PyStructSeq ? String(all[9]) : host.tzInfo(rt.sched.wallTime()).name;
      off = st instanceof PyStructSeq ? Number(all[10]) : host.tzInfo(rt.sched.wallTime()).offset;
    }
    if (yield* truth(datefmt)) return strftime(yield* strOf(datefmt), fields, zone, off);
    const tf = yield* strOf(yield* getA(self, 'default_time_format'));
    let s: PyValue = strftime(tf, fields, zone, off);
    const mf = yield* getA(self, 'default_msec_format');
    if (yield* truth(mf)) s = yield* settle(ops.binaryOp(mf, pyTuple([s, yield* getA(record, 'msecs')]), BinOp.Remainder));
    return s;
  }

  function* formatExcInfo(ei: PyValue): G<string> {
    const items = ei instanceof PyTuple ? ei.items : [];
    const exc = items[1];
    if (!(exc instanceof PyBaseException)) return '';
    let s = (yield* formatException(exc, rt.formatContext())) as string;
    if (s.endsWith('\n')) s = s.slice(0, -1);
    return s;
  }

  function* formatterFormat(self: PyValue, record: PyValue): G<PyValue> {
    yield* setA(record, 'message', yield* callM(record, 'getMessage'));
    if (yield* truth(yield* callM(self, 'usesTime'))) {
      yield* setA(record, 'asctime', yield* callM(self, 'formatTime', [record, yield* getA(self, 'datefmt')]));
    }
    let s = yield* strOf(yield* callM(self, 'formatMessage', [record]));
    const ei = yield* getA(record, 'exc_info');
    if ((yield* truth(ei)) && !(yield* truth(yield* getA(record, 'exc_text')))) {
      yield* setA(record, 'exc_text', yield* callM(self, 'formatException', [ei]));
    }
    const et = yield* getA(record, 'exc_text');
    if (yield* truth(et)) {
      if (!s.endsWith('\n')) s += '\n';
      s += yield* strOf(et);
    }
    const si = yield* getA(record, 'stack_info');
    if (yield* truth(si)) {
      if (!s.endsWith('\n')) s += '\n';
      s += yield* strOf(yield* callM(self, 'formatStack', [si]));
    }
    return s;
  }

  let defaultFormatter: PyValue = None;

  // ---- Handler -------------------------------------------------------------------------------------
  const handlerList: PyValue[] = [];
  const handlersByName = new PyDict();

  function* levelRepr(level: PyValue): G<string> {
    return yield* strOf(yield* getLevelNameG(level));
  }

  const Handler = defineClass(M, 'Handler', [Filterer], {
    __init__: function* (a, k): NativeGen {
      const [level = NOTSET] = signature('__init__', 'level=0').parse(a.slice(1), k) as PyValue[];
      const self = a[0];
      setField(self, 'filters', new PyList([]));
      setField(self, '_name', None);
      setField(self, 'level', yield* checkLevel(level));
      setField(self, 'formatter', None);
      setField(self, '_closed', false);
      handlerList.push(self);
      yield* callM(self, 'createLock');
      return None;
    },
    get_name: (a) => field(a[0], '_name') ?? None,
    set_name: function* (a): NativeGen {
      yield* setName(a[0], a[1]);
      return None;
    },
    createLock: function* (a): NativeGen {
      const th = yield* threadingMod();
      setField(a[0], 'lock', th === null ? None : yield* callM(th, 'RLock'));
      return None;
    },
    _at_fork_reinit: () => None,
    acquire: function* (a): NativeGen {
      const lock = yield* getA(a[0], 'lock');
      if (yield* truth(lock)) yield* callM(lock, 'acquire');
      return None;
    },
    release: function* (a): NativeGen {
      const lock = yield* getA(a[0], 'lock');
      if (yield* truth(lock)) yield* callM(lock, 'release');
      return None;
    },
    setLevel: function* (a): NativeGen {
      yield* setA(a[0], 'level', yield* checkLevel(a[1]));
      return None;
    },
    format: function* (a): NativeGen {
      let fmt = yield* getA(a[0], 'formatter');
      if (!(yield* truth(fmt))) {
        yield* ensureDefaults();
        fmt = defaultFormatter;
      }
      return yield* callM(fmt, 'format', [a[1]]);
    },
    emit: () => {
      throw pyErr(NotImplementedError, 'emit must be implemented by Handler subclasses');
    },
    handle: function* (a): NativeGen {
      const [self, record] = a;
      const rv = yield* callM(self, 'filter', [record]);
      if (yield* truth(rv)) {
        yield* callM(self, 'acquire');
        try {
          yield* callM(self, 'emit', [record]);
        } finally {
          yield* callM(self, 'release');
        }
      }
      return rv;
    },
    setFormatter: function* (a): NativeGen {
      yield* setA(a[0], 'formatter', a[1]);
      return None;
    },
    flush: () => None,
    close: function* (a): NativeGen {
      const self = a[0];
      setField(self, '_closed', true);
      const name = field(self, '_name');
      if (name !== undefined && name !== None && handlersByName.getStr(name as string) === self) handlersByName.delStr(name as string);
      return None;
    },
    handleError: function* (a): NativeGen {
      yield* handleError(a[0], a[1]);
      return None;
    },
    __repr__: function* (a): NativeGen {
      const lvl = yield* levelRepr(yield* getA(a[0], 'level'));
      return `<${typeOf(a[0]).name} (${lvl})>`;
    },
  });
  function* setName(self: PyValue, name: PyValue): G<void> {
    const old = field(self, '_name');
    if (typeof old === 'string' && handlersByName.getStr(old) === self) handlersByName.delStr(old);
    setField(self, '_name', name);
    if (typeof name === 'string') handlersByName.setStr(name, self);
  }
  const nameProp = new PyObject(propertyType) as PyProperty;
  nameProp.fget = (Handler.ns.get('get_name') as PyValue);
  nameProp.fset = (Handler.ns.get('set_name') as PyValue);
  Handler.setAttr('name', nameProp);

  /** CPython: Handler.handleError (raiseExceptions): '--- Logging error ---', the traceback, the call. */
  function* handleError(self: PyValue, record: PyValue): G<void> {
    const raise = ns.getStr('raiseExceptions');
    const stderr = yield* sysAttr('stderr');
    if (!(raise !== undefined && (yield* truth(raise))) || stderr === None) return;
    const t = currentThread();
    const exc = t ? t.handledException() : null;
    let text = '--- Logging error ---\n';
    if (exc !== null) text += (yield* formatException(exc, rt.formatContext())) as string;
    const frames = pythonFrames().reverse();
    if (frames.length) {
      text += 'Call stack:\n' + stackText(frames);
    } else {
      text += 'Logged from file ' + (yield* strOf(yield* getA(record, 'filename'))) + ', line ' + (yield* strOf(yield* getA(record, 'lineno'))) + '\n';
    }
    text += `Message: ${yield* reprOf(yield* getA(record, 'msg'))}\nArguments: ${yield* strOf(yield* getA(record, 'args'))}\n`;
    yield* callM(stderr, 'write', [text]);
  }

  function stackText(frames: Frame[]): string {
    const entries: TbEntry[] = frames.map((f) => ({ filename: f.code!.filename, name: f.code!.name, lineno: frameLine(f) } as TbEntry));
    return formatEntries(entries, { ...rt.formatContext(), anchors: () => null } as any);
  }

  // ---- StreamHandler / FileHandler / NullHandler ---------------------------------------------------
  const StreamHandler = defineClass(M, 'StreamHandler', [Handler], {
    terminator: '\n',
    __init__: function* (a, k): NativeGen {
      const [stream = None] = signature('__init__', 'stream=None').parse(a.slice(1), k) as PyValue[];
      const self = a[0];
      yield* settle(ops.callUnbound(Handler.ns.get('__init__')!, self, []));
      setField(self, 'stream', stream === None ? yield* sysAttr('stderr') : stream);
      return None;
    },
    flush: function* (a): NativeGen {
      const self = a[0];
      yield* callM(self, 'acquire');
      try {
        const st = yield* getA(self, 'stream');
        if ((yield* truth(st)) && (yield* getOpt(st, 'flush')) !== undefined) yield* callM(st, 'flush');
      } finally {
        yield* callM(self, 'release');
      }
      return None;
    },
    emit: function* (a): NativeGen {
      const [self, record] = a;
      try {
        const msg = yield* strOf(yield* callM(self, 'format', [record]));
        const stream = yield* getA(self, 'stream');
        const term = yield* strOf(yield* getA(self, 'terminator'));
        // One write per record: the line cannot interleave with another thread's output.
        yield* callM(stream, 'write', [msg + term]);
        yield* callM(self, 'flush');
      } catch (e) {
        if (e instanceof PyBaseException && !isExcOf(e, RecursionError) && isExcOf(e, Exception)) {
          yield* handleErrorWith(self, record, e);
        } else throw e;
      }
      return None;
    },
    setStream: function* (a): NativeGen {
      const [self, stream] = a;
      const cur = yield* getA(self, 'stream');
      if (stream === cur) return None;
      yield* callM(self, 'acquire');
      try {
        yield* callM(self, 'flush');
        yield* setA(self, 'stream', stream);
      } finally {
        yield* callM(self, 'release');
      }
      return cur;
    },
    __repr__: function* (a): NativeGen {
      const self = a[0];
      const lvl = yield* levelRepr(yield* getA(self, 'level'));
      const st = yield* getA(self, 'stream');
      const nm = yield* getOpt(st, 'name');
      let name = nm === undefined ? '' : yield* strOf(nm);
      if (name) name += ' ';
      return `<${typeOf(self).name} ${name}(${lvl})>`;
    },
  });

  /** handleError with `e` as the exception being handled (we are inside a JS catch, not a Python one). */
  function* handleErrorWith(self: PyValue, record: PyValue, e: PyBaseException): G<void> {
    const t = currentThread();
    const saved = t ? t.excState : null;
    if (t) t.excState = { value: e, prev: saved };
    try {
      yield* callM(self, 'handleError', [record]);
    } finally {
      if (t) t.excState = saved!;
    }
  }

  const fileInitSig = signature('__init__', "filename, mode='a', encoding=None, delay=False, errors=None");
  const FileHandler = defineClass(M, 'FileHandler', [StreamHandler], {
    __init__: function* (a, k): NativeGen {
      const [filename, mode = 'a', encoding = None, delay = false, errors = None] = fileInitSig.parse(a.slice(1), k) as PyValue[];
      const self = a[0];
      const fn = yield* callF(rt.builtins.getStr('str')!, [filename]);
      const abs = host.resolvePath(fn as string);
      setField(self, 'baseFilename', abs);
      setField(self, 'mode', mode);
      setField(self, 'encoding', encoding);
      setField(self, 'errors', errors);
      setField(self, 'delay', delay);
      setField(self, '_builtin_open', rt.builtins.getStr('open') ?? None);
      if (yield* truth(delay)) {
        yield* settle(ops.callUnbound(Handler.ns.get('__init__')!, self, []));
        setField(self, 'stream', None);
      } else {
        const st = yield* callM(self, '_open');
        yield* settle(ops.callUnbound(StreamHandler.ns.get('__init__')!, self, [st]));
      }
      return None;
    },
    _open: function* (a): NativeGen {
      const self = a[0];
      const open = yield* getA(self, '_builtin_open');
      return yield* callF(open, [yield* getA(self, 'baseFilename'), yield* getA(self, 'mode')],
        kw({ encoding: yield* getA(self, 'encoding'), errors: yield* getA(self, 'errors') }));
    },
    close: function* (a): NativeGen {
      const self = a[0];
      yield* callM(self, 'acquire');
      try {
        const st = field(self, 'stream');
        if (st !== undefined && st !== None) {
          try {
            yield* callM(self, 'flush');
          } finally {
            setField(self, 'stream', None);
            yield* callM(st, 'close');
          }
        }
        yield* settle(ops.callUnbound(StreamHandler.ns.get('close') ?? Handler.ns.get('close')!, self, []));
      } finally {
        yield* callM(self, 'release');
      }
      return None;
    },
    emit: function* (a): NativeGen {
      const [self, record] = a;
      if (field(self, 'stream') === None || field(self, 'stream') === undefined) {
        if (field(self, 'mode') !== 'w' || !(field(self, '_closed') === true)) setField(self, 'stream', yield* callM(self, '_open'));
      }
      if (field(self, 'stream') !== None) yield* settle(ops.callUnbound(StreamHandler.ns.get('emit')!, self, [record]));
      return None;
    },
    __repr__: function* (a): NativeGen {
      const self = a[0];
      const lvl = yield* levelRepr(yield* getA(self, 'level'));
      return `<${typeOf(self).name} ${yield* strOf(yield* getA(self, 'baseFilename'))} (${lvl})>`;
    },
  });

  const StderrHandler = defineClass(M, '_StderrHandler', [StreamHandler], {
    __init__: function* (a, k): NativeGen {
      const [level = NOTSET] = signature('__init__', 'level=0').parse(a.slice(1), k) as PyValue[];
      yield* settle(ops.callUnbound(Handler.ns.get('__init__')!, a[0], [level]));
      return None;
    },
  });
  const stderrProp = new PyObject(propertyType) as PyProperty;
  stderrProp.fget = nativeFunction('stream', () => rt.sys.dict.getStr('stderr') ?? None);
  StderrHandler.setAttr('stream', stderrProp);

  const NullHandler = defineClass(M, 'NullHandler', [Handler], {
    handle: () => None,
    emit: () => None,
    createLock: (a) => {
      setField(a[0], 'lock', None);
      return None;
    },
    _at_fork_reinit: () => None,
  });

  // ---- Logger / Manager ----------------------------------------------------------------------------
  const PlaceHolder = defineClass(M, 'PlaceHolder', [objectType], {
    __init__: (a) => {
      const d = new PyDict();
      d.set(a[1], None);
      setField(a[0], 'loggerMap', d);
      return None;
    },
    append: (a) => {
      (field(a[0], 'loggerMap') as PyDict).set(a[1], None);
      return None;
    },
  });

  let managerDisable = 0;
  function clearCaches(): void {
    /* no level caches are kept: isEnabledFor computes from the hierarchy each time */
  }

  function* logLevel(self: PyValue, level: PyValue, msg: PyValue, args: PyValue[], kwargs: KwArgs): G<void> {
    const lv = intOf(level);
    if (yield* isEnabledFor(self, lv ?? 0)) yield* doLog(self, level, msg, args, kwargs);
  }

  const logSig = signature('_log', 'exc_info=None, extra=None, stack_info=False, stacklevel=1');

  function* doLog(self: PyValue, level: PyValue, msg: PyValue, args: PyValue[], kwargs: KwArgs): G<void> {
    const m = typeOf(self).lookup('_log');
    if (m !== loggerLog) {
      yield* callM(self, '_log', [level, msg, pyTuple(args)], kwargs);
      return;
    }
    yield* logImpl(self, level, msg, pyTuple(args), kwargs);
  }

  function* logImpl(self: PyValue, level: PyValue, msg: PyValue, args: PyValue, kwargs: KwArgs): G<void> {
    if (kwargs !== null) {
      for (const k of kwargs.keys()) {
        if (!logSig.names.includes(k)) throw pyErr(TypeError, `Logger._log() got an unexpected keyword argument '${k}'`);
      }
    }
    let [excInfo = None, extra = None, stackInfo = false, stacklevel = 1] = logSig.parse([], kwargs) as PyValue[];
    const [fn, lno, func, sinfo] = yield* findCaller(yield* truth(stackInfo), intOf(stacklevel) ?? 1);
    if (yield* truth(excInfo)) {
      if (excInfo instanceof PyBaseException) excInfo = pyTuple([excInfo.type, excInfo, excInfo.tb]);
      else if (!(excInfo instanceof PyTuple)) {
        const t = currentThread();
        const e = t ? t.handledException() : null;
        excInfo = e ? pyTuple([e.type, e, e.tb]) : pyTuple([None, None, None]);
      }
    }
    const name = yield* getA(self, 'name');
    const record = yield* callM(self, 'makeRecord', [name, level, fn, lno, msg, args, excInfo, func, extra, sinfo]);
    yield* callM(self, 'handle', [record]);
  }

  function* findCaller(stackInfo: boolean, stacklevel: number): G<[PyValue, PyValue, PyValue, PyValue]> {
    const frames = pythonFrames();
    if (frames.length === 0) return ['(unknown file)', 0, '(unknown function)', None];
    const f = frames[Math.max(0, Math.min(stacklevel, frames.length) - 1)];
    const co = f.code!;
    let sinfo: PyValue = None;
    if (stackInfo) {
      let s = 'Stack (most recent call last):\n' + stackText(frames.slice(frames.indexOf(f)).reverse());
      if (s.endsWith('\n')) s = s.slice(0, -1);
      sinfo = s;
    }
    return [co.filename, frameLine(f), co.name, sinfo];
  }

  function* isEnabledFor(self: PyValue, level: number): G<boolean> {
    if (yield* truth(yield* getA(self, 'disabled'))) return false;
    if (managerDisable >= level) return false;
    return level >= (yield* effectiveLevel(self));
  }

  function* effectiveLevel(self: PyValue): G<number> {
    let l: PyValue = self;
    while (l !== None) {
      const lv = intOf(yield* getA(l, 'level')) ?? 0;
      if (lv) return lv;
      l = yield* getA(l, 'parent');
    }
    return NOTSET;
  }

  function levelMethod(level: number, name: string, forceExc = false) {
    return function* (a: PyValue[], k: KwArgs): NativeGen {
      if (a.length < 2) throw pyErr(TypeError, `Logger.${name}() missing 1 required positional argument: 'msg'`);
      let kwargs = k;
      if (forceExc && !(kwargs?.has('exc_info'))) {
        kwargs = new Map(kwargs ?? []);
        kwargs.set('exc_info', true);
      }
      yield* logLevel(a[0], level, a[1], a.slice(2), kwargs);
      return None;
    };
  }

  const loggerInitSig = signature('__init__', 'name, level=0');
  const loggerLog = new PyNativeFunction('_log', (a, k) => {
    const [self, level, msg, args, ...rest] = a;
    const kwargs = new Map(k ?? []);
    const names = logSig.names;
    rest.forEach((v, i) => kwargs.set(names[i], v));
    return (function* (): NativeGen {
      yield* logImpl(self, level, msg, args, kwargs.size ? kwargs : null);
      return None;
    })();
  }, true, 'Logger._log');

  const Logger = defineClass(M, 'Logger', [Filterer], {
    __init__: function* (a, k): NativeGen {
      const [name, level = NOTSET] = loggerInitSig.parse(a.slice(1), k) as PyValue[];
      const self = a[0];
      setField(self, 'filters', new PyList([]));
      setField(self, 'name', name);
      setField(self, 'level', yield* checkLevel(level));
      setField(self, 'parent', None);
      setField(self, 'propagate', true);
      setField(self, 'handlers', new PyList([]));
      setField(self, 'disabled', false);
      setField(self, '_cache', new PyDict());
      return None;
    },
    setLevel: function* (a): NativeGen {
      yield* setA(a[0], 'level', yield* checkLevel(a[1]));
      clearCaches();
      return None;
    },
    debug: levelMethod(DEBUG, 'debug'),
    info: levelMethod(INFO, 'info'),
    warning: levelMethod(WARNING, 'warning'),
    warn: levelMethod(WARNING, 'warn'),
    error: levelMethod(ERROR, 'error'),
    exception: levelMethod(ERROR, 'exception', true),
    critical: levelMethod(CRITICAL, 'critical'),
    fatal: levelMethod(CRITICAL, 'fatal'),
    log: function* (a, k): NativeGen {
      if (a.length < 3) throw pyErr(TypeError, `Logger.log() missing ${a.length < 2 ? "2 required positional arguments: 'level' and 'msg'" : "1 required positional argument: 'msg'"}`);
      const level = a[1];
      if (intOf(level) === undefined) {
        const raise = ns.getStr('raiseExceptions');
        if (raise !== undefined && (yield* truth(raise))) throw pyErr(TypeError, 'level must be an integer');
        return None;
      }
      yield* logLevel(a[0], level, a[2], a.slice(3), k);
      return None;
    },
    findCaller: function* (a, k): NativeGen {
      const [stackInfo = false, stacklevel = 1] = signature('findCaller', 'stack_info=False, stacklevel=1').parse(a.slice(1), k) as PyValue[];
      return pyTuple(yield* findCaller(yield* truth(stackInfo), intOf(stacklevel) ?? 1));
    },
    makeRecord: function* (a, k): NativeGen {
      const [name, level, fn, lno, msg, args, excInfo, func = None, extra = None, sinfo = None] =
        signature('makeRecord', 'name, level, fn, lno, msg, args, exc_info, func=None, extra=None, sinfo=None').parse(a.slice(1), k) as PyValue[];
      const rv = yield* callF(recordFactory, [name, level, fn, lno, msg, args, excInfo, func, sinfo]);
      if (extra !== None) {
        const keys = yield* itemsOf(extra);
        const rd = yield* getA(rv, '__dict__');
        for (const key of keys) {
          if (key === 'message' || key === 'asctime' || (yield* containsOf(rd, key))) {
            throw pyErr(KeyError, `Attempt to overwrite ${yield* reprOf(key)} in LogRecord`);
          }
          yield* settle(ops.setItem(rd, key, yield* settle(ops.getItem(extra, key))));
        }
      }
      return rv;
    },
    _log: loggerLog,
    handle: function* (a): NativeGen {
      const [self, record] = a;
      if (!(yield* truth(yield* getA(self, 'disabled'))) && (yield* truth(yield* callM(self, 'filter', [record])))) {
        yield* callM(self, 'callHandlers', [record]);
      }
      return None;
    },
    addHandler: function* (a): NativeGen {
      const hs = (yield* getA(a[0], 'handlers')) as PyList;
      if (!(yield* containsOf(hs, a[1]))) hs.items.push(a[1]);
      return None;
    },
    removeHandler: function* (a): NativeGen {
      const hs = (yield* getA(a[0], 'handlers')) as PyList;
      if (yield* containsOf(hs, a[1])) yield* callM(hs, 'remove', [a[1]]);
      return None;
    },
    hasHandlers: function* (a): NativeGen {
      let c: PyValue = a[0];
      while (c !== None) {
        if (yield* truth(yield* getA(c, 'handlers'))) return true;
        if (!(yield* truth(yield* getA(c, 'propagate')))) break;
        c = yield* getA(c, 'parent');
      }
      return false;
    },
    callHandlers: function* (a): NativeGen {
      yield* callHandlers(a[0], a[1]);
      return None;
    },
    getEffectiveLevel: function* (a): NativeGen {
      return yield* effectiveLevel(a[0]);
    },
    isEnabledFor: function* (a): NativeGen {
      const lv = intOf(a[1]);
      if (lv === undefined) throw pyErr(TypeError, `'>=' not supported between instances of '${typeName(a[1])}' and 'int'`);
      return yield* isEnabledFor(a[0], lv);
    },
    getChild: function* (a): NativeGen {
      const self = a[0];
      let name = a[1] as string;
      if (self !== root) name = (yield* strOf(yield* getA(self, 'name'))) + '.' + name;
      return yield* getLoggerImpl(name);
    },
    __repr__: function* (a): NativeGen {
      const self = a[0];
      const lvl = yield* levelRepr(yield* effectiveLevel(self));
      return `<${typeOf(self).name} ${yield* strOf(yield* getA(self, 'name'))} (${lvl})>`;
    },
  });

  function* callHandlers(self: PyValue, record: PyValue): G<void> {
    let c: PyValue = self;
    let found = 0;
    const levelno = intOf(yield* getA(record, 'levelno')) ?? 0;
    while (c !== None) {
      const hs = yield* getA(c, 'handlers');
      const items = hs instanceof PyList ? hs.items.slice() : (yield* itemsOf(hs));
      for (const h of items) {
        found++;
        if (levelno >= (intOf(yield* getA(h, 'level')) ?? 0)) yield* callM(h, 'handle', [record]);
      }
      if (!(yield* truth(yield* getA(c, 'propagate')))) c = None;
      else c = yield* getA(c, 'parent');
    }
    if (found === 0) {
      const lr = ns.getStr('lastResort') ?? None;
      if (lr !== None && (yield* truth(lr))) {
        if (levelno >= (intOf(yield* getA(lr, 'level')) ?? 0)) yield* callM(lr, 'handle', [record]);
      } else {
        const raise = ns.getStr('raiseExceptions');
        if (raise !== undefined && (yield* truth(raise)) && !noHandlerWarned) {
          const stderr = yield* sysAttr('stderr');
          if (stderr !== None) yield* callM(stderr, 'write', [`No handlers could be found for logger "${yield* strOf(yield* getA(self, 'name'))}"\n`]);
          noHandlerWarned = true;
        }
      }
    }
  }
  let noHandlerWarned = false;

  const RootLogger = defineClass(M, 'RootLogger', [Logger], {
    __init__: function* (a): NativeGen {
      yield* settle(ops.callUnbound(Logger.ns.get('__init__')!, a[0], ['root', a[1]]));
      return None;
    },
    __reduce__: () => pyTuple([getLoggerFn, pyTuple([])]),
  });

  let loggerClass: PyValue = Logger;
  const loggerDict = new PyDict();

  const Manager = defineClass(M, 'Manager', [objectType], {
    __init__: (a) => {
      setField(a[0], 'root', a[1]);
      setField(a[0], 'disable', 0);
      setField(a[0], 'emittedNoHandlerWarning', false);
      setField(a[0], 'loggerDict', loggerDict);
      setField(a[0], 'loggerClass', None);
      setField(a[0], 'logRecordFactory', None);
      return None;
    },
    getLogger: function* (a): NativeGen {
      return yield* getLoggerImpl(a[1]);
    },
    _clear_cache: () => None,
  });

  function* getLoggerImpl(name: PyValue): G<PyValue> {
    if (typeof name !== 'string') throw pyErr(TypeError, 'A logger name must be a string');
    const existing = loggerDict.getStr(name);
    if (existing !== undefined && typeOf(existing) !== PlaceHolder) return existing;
    const rv = yield* callF(loggerClass, [name]);
    setField(rv, 'manager', manager);
    loggerDict.setStr(name, rv);
    if (existing !== undefined) fixupChildren(existing, rv);
    fixupParents(rv, name);
    return rv;
  }

  /** CPython: Manager._fixupParents. */
  function fixupParents(alogger: PyValue, name: string): void {
    let i = name.lastIndexOf('.');
    let rv: PyValue | null = null;
    while (i > 0 && rv === null) {
      const substr = name.slice(0, i);
      const obj = loggerDict.getStr(substr);
      if (obj === undefined) loggerDict.setStr(substr, runPH(alogger));
      else if (typeOf(obj) === PlaceHolder) (field(obj, 'loggerMap') as PyDict).set(alogger, None);
      else rv = obj;
      i = name.lastIndexOf('.', i - 1);
    }
    setField(alogger, 'parent', rv ?? root);
  }

  function runPH(alogger: PyValue): PyValue {
    const ph = new PyObject(PlaceHolder);
    const d = new PyDict();
    d.set(alogger, None);
    setField(ph, 'loggerMap', d);
    return ph;
  }

  /** CPython: Manager._fixupChildren. */
  function fixupChildren(ph: PyValue, alogger: PyValue): void {
    const name = field(alogger, 'name') as string;
    const map = field(ph, 'loggerMap') as PyDict;
    for (const c of map.keys) {
      if (c === undefined) continue;
      const parent = field(c as PyValue, 'parent') as PyValue;
      const pname = field(parent, 'name') as string;
      if (!pname.startsWith(name)) {
        setField(alogger, 'parent', parent);
        setField(c as PyValue, 'parent', alogger);
      }
    }
  }

  // The root logger and the manager (CPython: root = RootLogger(WARNING); Logger.root = root ...).
  const root = construct(RootLogger, [WARNING]);
  const manager = construct(Manager, [root]);
  Logger.setAttr('root', root);
  Logger.setAttr('manager', manager);
  setField(root, 'manager', manager);

  function construct(cls: PyType, args: PyValue[]): PyValue {
    const obj = new PyObject(cls);
    const init = cls.lookup('__init__')!;
    const r = ops.callUnbound(init, obj, args);
    if (typeof r === 'object' && !(r instanceof PyObject)) {
      const s = (r as NativeGen).next();
      if (!s.done) throw new Error('pyts: logging bootstrap suspended');
    }
    return obj;
  }

  // lastResort and the default formatter: made on first use (Handler.__init__ may import threading).
  function* ensureDefaults(): G<void> {
    if (defaultFormatter === None) defaultFormatter = yield* callF(Formatter, []);
  }

  // ---- module-level functions ----------------------------------------------------------------------
  const bcKeys = ['force', 'encoding', 'errors', 'handlers', 'stream', 'filename', 'filemode', 'format', 'datefmt', 'style', 'level'];
  function* basicConfig(kwargs: KwArgs): G<void> {
    yield* ensureDefaults();
    const k = new Map(kwargs ?? []);
    const pop = (n: string, d: PyValue): PyValue => {
      const v = k.get(n);
      k.delete(n);
      return v === undefined ? d : v;
    };
    const force = pop('force', false);
    const encoding = pop('encoding', None);
    const errors = pop('errors', 'backslashreplace');
    const rootHandlers = field(root, 'handlers') as PyList;
    if (yield* truth(force)) {
      for (const h of rootHandlers.items.slice()) {
        yield* callM(root, 'removeHandler', [h]);
        yield* callM(h, 'close');
      }
    }
    if (rootHandlers.items.length === 0) {
      let handlers = pop('handlers', None);
      if (handlers === None) {
        if (k.has('stream') && k.has('filename')) throw pyErr(ValueError, "'stream' and 'filename' should not be specified together");
      } else if (k.has('stream') || k.has('filename')) {
        throw pyErr(ValueError, "'stream' or 'filename' should not be specified together with 'handlers'");
      }
      let hs: PyValue[];
      if (handlers === None) {
        const filename = pop('filename', None);
        const mode = pop('filemode', 'a');
        let h: PyValue;
        if (yield* truth(filename)) {
          const enc = (yield* strOf(mode)).includes('b') ? None : encoding;
          h = yield* callF(FileHandler, [filename, mode], kw({ encoding: enc, errors }));
        } else {
          h = yield* callF(StreamHandler, [pop('stream', None)]);
        }
        hs = [h];
      } else {
        hs = yield* itemsOf(handlers);
      }
      const dfs = pop('datefmt', None);
      const style = pop('style', '%');
      if (typeof style !== 'string' || !(style in STYLES)) throw pyErr(ValueError, `Style must be one of: ${Object.keys(STYLES).join(',')}`);
      const fs = pop('format', STYLES[style][1]);
      const fmt = yield* callF(Formatter, [fs, dfs, style]);
      for (const h of hs) {
        if ((yield* getA(h, 'formatter')) === None) yield* callM(h, 'setFormatter', [fmt]);
        yield* callM(root, 'addHandler', [h]);
      }
      const level = pop('level', None);
      if (level !== None) yield* callM(root, 'setLevel', [level]);
      if (k.size) throw pyErr(ValueError, `Unrecognised argument(s): ${[...k.keys()].join(', ')}`);
    }
    void bcKeys;
  }

  function moduleLevel(method: string, forceExc = false) {
    return nativeFunction(method, (a, k) => (function* (): NativeGen {
      if ((field(root, 'handlers') as PyList).items.length === 0) yield* basicConfig(null);
      let kwargs = k;
      if (forceExc && !kwargs?.has('exc_info')) {
        kwargs = new Map(kwargs ?? []);
        kwargs.set('exc_info', true);
      }
      yield* callM(root, method === 'exception' ? 'error' : method, a, kwargs);
      return None;
    })());
  }

  const getLoggerFn = nativeFunction('getLogger', (a, k) => {
    const [name = None] = signature('getLogger', 'name=None').parse(a, k) as PyValue[];
    // CPython: `if not name or isinstance(name, str) and name == root.name: return root`
    if (name === None || name === '' || name === root || (typeof name === 'string' && name === 'root')) {
      return (function* (): NativeGen {
        yield* ensureDefaults();
        return root;
      })();
    }
    return (function* (): NativeGen {
      yield* ensureDefaults();
      return yield* getLoggerImpl(name);
    })();
  });

  // lastResort (CPython: _StderrHandler(WARNING)), built without running Handler.__init__ so that
  // importing logging does not import threading: it has no lock (its emit is one write anyway).
  const lazyLastResort = new PyObject(StderrHandler);
  setField(lazyLastResort, 'filters', new PyList([]));
  setField(lazyLastResort, '_name', None);
  setField(lazyLastResort, 'level', WARNING);
  setField(lazyLastResort, 'formatter', None);
  setField(lazyLastResort, '_closed', false);
  setField(lazyLastResort, 'lock', None);

  const LoggerAdapter = defineClass(M, 'LoggerAdapter', [objectType], {
    __init__: (a, k) => {
      const [logger, extra = None] = signature('__init__', 'logger, extra=None').parse(a.slice(1), k) as PyValue[];
      setField(a[0], 'logger', logger);
      setField(a[0], 'extra', extra);
      return None;
    },
    process: function* (a): NativeGen {
      const [self, msg, kwargs] = a;
      yield* settle(ops.setItem(kwargs, 'extra', yield* getA(self, 'extra')));
      return pyTuple([msg, kwargs]);
    },
    log: function* (a, k): NativeGen {
      const [self, level, msg, ...args] = a;
      const logger = yield* getA(self, 'logger');
      if (yield* truth(yield* callM(logger, 'isEnabledFor', [level]))) {
        const kd = new PyDict();
        for (const [kk, v] of k ?? []) kd.setStr(kk, v);
        const r = (yield* callM(self, 'process', [msg, kd])) as PyTuple;
        const kd2 = r.items[1] as PyDict;
        const m = new Map<string, PyValue>();
        kd2.keys.forEach((kk, i) => { if (kk !== undefined) m.set(kk as string, kd2.vals[i] as PyValue); });
        yield* callM(logger, 'log', [level, r.items[0], ...args], m);
      }
      return None;
    },
    isEnabledFor: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], 'logger'), 'isEnabledFor', [a[1]]);
    },
    getEffectiveLevel: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], 'logger'), 'getEffectiveLevel');
    },
    setLevel: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], 'logger'), 'setLevel', [a[1]]);
    },
    hasHandlers: function* (a): NativeGen {
      return yield* callM(yield* getA(a[0], 'logger'), 'hasHandlers');
    },
    __repr__: function* (a): NativeGen {
      const logger = yield* getA(a[0], 'logger');
      const lvl = yield* levelRepr(yield* callM(logger, 'getEffectiveLevel'));
      return `<${typeOf(a[0]).name} ${yield* strOf(yield* getA(logger, 'name'))} (${lvl})>`;
    },
  });
  for (const [n, lv, exc] of [['debug', DEBUG, false], ['info', INFO, false], ['warning', WARNING, false], ['warn', WARNING, false], ['error', ERROR, false], ['exception', ERROR, true], ['critical', CRITICAL, false]] as [string, number, boolean][]) {
    LoggerAdapter.setAttr(n, new PyNativeFunction(n, (a, k) => {
      let kwargs = k;
      if (exc && !kwargs?.has('exc_info')) {
        kwargs = new Map(kwargs ?? []);
        kwargs.set('exc_info', true);
      }
      return ops.callMethod(a[0], 'log', [lv, ...a.slice(1)], kwargs);
    }, true, `LoggerAdapter.${n}`));
  }

  return {
    CRITICAL, FATAL: CRITICAL, ERROR, WARNING, WARN: WARNING, INFO, DEBUG, NOTSET,
    BASIC_FORMAT,
    raiseExceptions: true,
    logThreads: true,
    logMultiprocessing: true,
    logProcesses: true,
    _levelToName: levelToName,
    _nameToLevel: nameToLevel,
    _STYLES: stylesDict,
    _handlers: handlersByName,
    Filterer, Filter, LogRecord, PercentStyle, StrFormatStyle, StringTemplateStyle, Formatter,
    Handler, StreamHandler, FileHandler, NullHandler, _StderrHandler: StderrHandler, PlaceHolder,
    Logger, RootLogger, Manager, LoggerAdapter,
    root,
    lastResort: lazyLastResort,
    _defaultLastResort: lazyLastResort,
    basicConfig: (a, k) => {
      if (a.length) throw pyErr(TypeError, `basicConfig() takes 0 positional arguments but ${a.length} were given`);
      return (function* (): NativeGen {
        yield* basicConfig(k);
        return None;
      })();
    },
    getLogger: getLoggerFn,
    getLevelName: (a, k) => {
      const [level] = signature('getLevelName', 'level').parse(a, k) as PyValue[];
      return getLevelNameG(level);
    },
    getLevelNamesMapping: () => {
      const d = new PyDict();
      nameToLevel.keys.forEach((kk, i) => { if (kk !== undefined) d.setStr(kk as string, nameToLevel.vals[i] as PyValue); });
      return d;
    },
    addLevelName: (a, k) => {
      const [level, levelName] = signature('addLevelName', 'level, levelName').parse(a, k) as PyValue[];
      return (function* (): NativeGen {
        yield* settle(levelToName.set(level, levelName));
        yield* settle(nameToLevel.set(levelName, level));
        return None;
      })();
    },
    getLoggerClass: () => loggerClass,
    setLoggerClass: (a) => {
      const klass = a[0];
      if (klass !== Logger && !(klass instanceof PyType && klass.isSubtypeOf(Logger))) {
        throw pyErr(TypeError, `logger not derived from logging.Logger: ${klass instanceof PyType ? klass.name : typeName(klass)}`);
      }
      loggerClass = klass;
      return None;
    },
    getLogRecordFactory: () => recordFactory,
    setLogRecordFactory: (a) => {
      recordFactory = a[0];
      return None;
    },
    makeLogRecord: (a) => (function* (): NativeGen {
      const rv = yield* callF(recordFactory, [None, None, '', 0, '', pyTuple([]), None, None]);
      const rd = yield* getA(rv, '__dict__');
      yield* callM(rd, 'update', [a[0]]);
      return rv;
    })(),
    disable: (a, k) => {
      const [level = CRITICAL] = signature('disable', 'level=50').parse(a, k) as PyValue[];
      return (function* (): NativeGen {
        managerDisable = intOf(yield* checkLevel(level)) ?? 0;
        setField(manager, 'disable', managerDisable);
        clearCaches();
        return None;
      })();
    },
    shutdown: () => (function* (): NativeGen {
      for (const h of handlerList.slice().reverse()) {
        try {
          yield* callM(h, 'acquire');
          try {
            yield* callM(h, 'flush');
            yield* callM(h, 'close');
          } finally {
            yield* callM(h, 'release');
          }
        } catch (e) {
          if (!(e instanceof PyBaseException) || !isExcOf(e, Exception)) throw e;
        }
      }
      return None;
    })(),
    currentframe: () => {
      const sysGetframe = rt.sys.dict.getStr('_getframe');
      return sysGetframe === undefined ? None : ops.call(sysGetframe, [], null);
    },
    captureWarnings: () => None,
    critical: moduleLevel('critical'),
    fatal: moduleLevel('critical'),
    error: moduleLevel('error'),
    exception: moduleLevel('exception', true),
    warning: moduleLevel('warning'),
    warn: moduleLevel('warning'),
    info: moduleLevel('info'),
    debug: moduleLevel('debug'),
    log: (a, k) => (function* (): NativeGen {
      if ((field(root, 'handlers') as PyList).items.length === 0) yield* basicConfig(null);
      yield* callM(root, 'log', a, k);
      return None;
    })(),
  };
}

export default defineModule({
  name: 'logging',
  doc: 'Logging package for Python. Based on PEP 282 and comments thereto in\ncomp.lang.python.',
  init: (mod, rt) => initLogging(mod, rt),
});

export { staticMethod, BaseException };
