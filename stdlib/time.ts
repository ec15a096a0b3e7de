// The `time` module (CPython: Modules/timemodule.c). Clocks read the scheduler's clock, so under
// --virtual-time they follow the virtual clock (time() starts at 2024-01-01T00:00:00Z, monotonic()
// and perf_counter() at 0) and a program's output is reproducible. sleep() parks the thread on the
// scheduler's timer heap: the GIL is released while it sleeps, as in CPython.

import { type NativeGen, type PyValue } from '../src/objects/object.js';
import { None } from '../src/objects/builtin-types.js';
import { OverflowError, TypeError, ValueError, pyErr } from '../src/objects/exceptions.js';
import type { NativeFn } from '../src/objects/native.js';
import { pyFloat } from '../src/objects/float.js';
import { PyTuple } from '../src/objects/tuple.js';
import { asDouble, asIndex } from '../src/builtins/num.js';
import { checkCount, noKwargs, typeName } from '../src/builtins/args.js';
import { sleepFor } from '../src/sched/wait.js';
import { makeStructSeqType, newStructSeq, PyStructSeq } from '../src/runtime/structseq.js';
import type { Runtime } from '../src/runtime/runtime.js';
import { defineModule } from './index.js';

const FIELDS = ['tm_year', 'tm_mon', 'tm_mday', 'tm_hour', 'tm_min', 'tm_sec', 'tm_wday', 'tm_yday', 'tm_isdst', 'tm_zone', 'tm_gmtoff'];
export const structTimeType = makeStructSeqType('time', 'struct_time', FIELDS, 9);

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Seconds argument: int or float (CPython: _PyTime_ObjectToTime_t / FromSecondsObject). */
function seconds(fname: string, v: PyValue): number {
  const d = asDouble(v);
  if (d === undefined) throw pyErr(TypeError, `'${typeName(v)}' object cannot be interpreted as an integer`);
  if (Number.isNaN(d)) throw pyErr(ValueError, 'Invalid value NaN (not a number)');
  return d;
}

/** Broken-down time for `t` seconds since the epoch, in UTC shifted by `offset` seconds. */
function breakDown(t: number, offset: number, zone: string, isDst: number): PyStructSeq {
  const ms = Math.floor(t) * 1000 + offset * 1000;
  const d = new Date(ms);
  if (Number.isNaN(d.getTime())) throw pyErr(OverflowError, 'timestamp out of range for platform time_t');
  const y = d.getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const yday = Math.floor((ms - start) / 86400000) + 1;
  const wday = (d.getUTCDay() + 6) % 7;
  return newStructSeq(structTimeType, [
    y, d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds(), wday, yday, isDst, zone, offset,
  ]);
}

function tupleFields(v: PyValue, fname: string): number[] {
  if (!(v instanceof PyTuple)) throw pyErr(TypeError, `Tuple or struct_time argument required`);
  const items = v instanceof PyStructSeq ? v.all : v.items;
  if (v.items.length !== 9) throw pyErr(TypeError, `${fname}(): illegal time tuple argument`);
  return items.slice(0, 9).map((x) => {
    const n = asIndex(x);
    if (n === undefined) throw pyErr(TypeError, `'${typeName(x)}' object cannot be interpreted as an integer`);
    return Number(n);
  });
}

const pad = (n: number, w = 2, c = '0') => String(n).padStart(w, c);

/** CPython: time.strftime via the C library, the common directives. */
export function strftime(fmt: string, f: number[], zone: string, gmtoff: number): string {
  const [y, mon, mday, h, mi, s, wday, yday] = f;
  let out = '';
  for (let i = 0; i < fmt.length; i++) {
    const ch = fmt[i];
    if (ch !== '%' || i + 1 >= fmt.length) {
      out += ch;
      continue;
    }
    const c = fmt[++i];
    switch (c) {
      case 'Y': out += String(y); break;
      case 'y': out += pad(y % 100); break;
      case 'm': out += pad(mon); break;
      case 'd': out += pad(mday); break;
      case 'e': out += pad(mday, 2, ' '); break;
      case 'H': out += pad(h); break;
      case 'I': out += pad(h % 12 === 0 ? 12 : h % 12); break;
      case 'M': out += pad(mi); break;
      case 'S': out += pad(s); break;
      case 'p': out += h < 12 ? 'AM' : 'PM'; break;
      case 'a': out += DAYS[wday].slice(0, 3); break;
      case 'A': out += DAYS[wday]; break;
      case 'b': case 'h': out += MONTHS[mon - 1].slice(0, 3); break;
      case 'B': out += MONTHS[mon - 1]; break;
      case 'j': out += pad(yday, 3); break;
      case 'w': out += String((wday + 1) % 7); break;
      case 'u': out += String(wday + 1); break;
      case 'Z': out += zone; break;
      case 'z': {
        const sign = gmtoff < 0 ? '-' : '+';
        const a = Math.abs(gmtoff);
        out += sign + pad(Math.floor(a / 3600)) + pad(Math.floor((a % 3600) / 60));
        break;
      }
      case 'c': out += `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(mday, 2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)} ${y}`; break;
      case 'x': out += `${pad(mon)}/${pad(mday)}/${pad(y % 100)}`; break;
      case 'X': case 'T': out += `${pad(h)}:${pad(mi)}:${pad(s)}`; break;
      case 'D': out += `${pad(mon)}/${pad(mday)}/${pad(y % 100)}`; break;
      case 'F': out += `${y}-${pad(mon)}-${pad(mday)}`; break;
      case 'R': out += `${pad(h)}:${pad(mi)}`; break;
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case '%': out += '%'; break;
      default: out += '%' + c;
    }
  }
  return out;
}

function asctime(f: number[]): string {
  const [y, mon, mday, h, mi, s, wday] = f;
  return `${DAYS[wday].slice(0, 3)} ${MONTHS[mon - 1].slice(0, 3)} ${pad(mday, 2, ' ')} ${pad(h)}:${pad(mi)}:${pad(s)} ${y}`;
}

function initTime(rt: Runtime): Record<string, PyValue | NativeFn> {
  const sched = rt.sched;
  const host = rt.host;
  const now = () => sched.wallTime();
  const mono = () => sched.now();
  const ns = (x: number) => BigInt(Math.round(x * 1e9));
  const intNs = (x: number) => {
    const b = ns(x);
    return b <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(b) : b;
  };
  const cpu = () => (sched.virtualTime ? sched.now() : host.cpuTime());
  const local = (t: number) => {
    const tz = host.tzInfo(t);
    return breakDown(t, tz.offset, tz.name, tz.isDst ? 1 : 0);
  };
  const optSeconds = (fname: string, args: PyValue[]) => {
    checkCount(fname, args, 0, 1);
    return args.length && args[0] !== None ? seconds(fname, args[0]) : now();
  };
  const zoneOf = (v: PyValue): [string, number] =>
    v instanceof PyStructSeq ? [String(v.all[9]), Number(v.all[10])] : [host.tzInfo(now()).name, host.tzInfo(now()).offset];
  const tzNow = host.tzInfo(now());

  return {
    time: () => pyFloat(now()),
    time_ns: () => intNs(now()),
    monotonic: () => pyFloat(mono()),
    monotonic_ns: () => intNs(mono()),
    perf_counter: () => pyFloat(mono()),
    perf_counter_ns: () => intNs(mono()),
    process_time: () => pyFloat(cpu()),
    process_time_ns: () => intNs(cpu()),
    thread_time: () => pyFloat(cpu()),
    sleep: (args, kwargs): NativeGen => {
      noKwargs('sleep', kwargs);
      checkCount('sleep', args, 1, 1);
      const s = seconds('sleep', args[0]);
      if (s < 0) throw pyErr(ValueError, 'sleep length must be non-negative');
      return (function* (): NativeGen {
        yield { op: 'block', waitable: sleepFor(s) };
        return None;
      })();
    },
    gmtime: (args) => breakDown(optSeconds('gmtime', args), 0, 'UTC', 0),
    localtime: (args) => local(optSeconds('localtime', args)),
    mktime: (args) => {
      checkCount('mktime', args, 1, 1);
      const [y, mon, mday, h, mi, s] = tupleFields(args[0], 'mktime');
      const utc = Date.UTC(y, mon - 1, mday, h, mi, s) / 1000;
      return pyFloat(utc - host.tzInfo(utc).offset);
    },
    strftime: (args) => {
      checkCount('strftime', args, 1, 2);
      const fmt = args[0];
      if (typeof fmt !== 'string') throw pyErr(TypeError, `strftime() argument 1 must be str, not ${typeName(fmt)}`);
      const st = args.length > 1 ? args[1] : local(now());
      const [zone, off] = zoneOf(st);
      return strftime(fmt, tupleFields(st, 'strftime'), zone, off);
    },
    asctime: (args) => {
      checkCount('asctime', args, 0, 1);
      return asctime(tupleFields(args.length ? args[0] : local(now()), 'asctime'));
    },
    ctime: (args) => asctime(tupleFields(local(optSeconds('ctime', args)), 'ctime')),
    struct_time: structTimeType,
    timezone: -tzNow.offset + (tzNow.isDst ? 3600 : 0),
    altzone: -tzNow.offset,
    daylight: tzNow.isDst ? 1 : 0,
    tzname: new PyTuple([tzNow.name, tzNow.name]),
  };
}

export default defineModule({
  name: 'time',
  doc: 'This module provides various functions to manipulate time values.',
  init: (_mod, rt) => initTime(rt),
});
