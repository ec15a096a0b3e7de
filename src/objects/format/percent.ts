// printf-style formatting: `fmt % args` (CPython: Objects/unicodeobject.c, PyUnicode_Format).
// Written as one generator (str()/repr() of arguments may run Python code) and run through
// syncOrGen, so formatting plain values never suspends.

import { bigDecimal } from '../int-limits.js';
import { PyObject, isPending, type NativeGen, type NativeResult, type PyValue } from '../object.js';
import { None, typeOf, floatType, strType } from '../builtin-types.js';
import { pyErr, TypeError, ValueError, OverflowError } from '../exceptions.js';
import { PyTuple, tupleType } from '../tuple.js';
import { PyFloat } from '../float.js';
import { intValue, type Int } from '../int.js';
import { syncOrGen } from '../gen.js';
import { floatRepr } from './float-repr.js';
import { strRepr, asciiEscape } from './str-repr.js';
import { reprValue } from '../repr-util.js';
import { formatInt, formatFloat } from './spec.js';
import * as ops from '../ops.js';
import { PyBytes, PyByteArray, bytesToLatin1, latin1ToBytes } from '../bytes.js';

/** str(v), with no dispatch for exact floats (ops.str already short-cuts str/int/bool/None). */
export function strOf(v: PyValue): string | NativeGen {
  if (typeof v === 'object' && (v as PyObject).type === floatType) return floatRepr((v as PyFloat).value);
  return ops.str(v) as string | NativeGen;
}

function* settleStr(r: string | NativeGen): Generator<any, string, any> {
  return typeof r === 'string' ? r : ((yield* r) as string);
}

export function percentFormat(fmt: string, args: PyValue): NativeResult {
  return syncOrGen(percentGen(fmt, args, false));
}

/** `bytes % args` (CPython: _PyBytes_FormatEx): fmt and the result are latin-1 strings (one char per
 * byte); %s/%b take bytes-like objects or __bytes__, %r is %a, %c an int < 256 or one byte. */
export function bytesPercentFormat(fmt: string, args: PyValue): NativeResult {
  return syncOrGen(percentGen(fmt, args, true));
}

function isMapping(v: PyValue): boolean {
  if (typeof v !== 'object') return false;
  const t = (v as PyObject).type;
  return t !== tupleType && !t.isSubtypeOf(tupleType) && !t.isSubtypeOf(strType) && !(v instanceof PyBytes) && !(v instanceof PyByteArray) && t.lookup('__getitem__') !== undefined;
}

function* bytesArg(v: PyValue): Generator<any, string, any> {
  if (v instanceof PyBytes || v instanceof PyByteArray) return bytesToLatin1(v.data);
  const hook = typeof v === 'object' && v !== None ? (v as PyObject).type.lookup('__bytes__') : undefined;
  if (hook !== undefined && hook !== None) {
    const r = ops.call(hook, [v], null);
    const b = isPending(r) ? yield* r : r;
    if (b instanceof PyBytes) return bytesToLatin1(b.data);
    throw pyErr(TypeError, `__bytes__ returned non-bytes (type ${typeOf(b).name})`);
  }
  throw pyErr(TypeError, `%b requires a bytes-like object, or an object that implements __bytes__, not '${typeOf(v).name}'`);
}

function* percentGen(fmt: string, argsv: PyValue, bytesMode: boolean): NativeGen {
  const tupleArgs = argsv instanceof PyTuple;
  const args: readonly PyValue[] = tupleArgs ? (argsv as PyTuple).items : [argsv];
  const mapping = !tupleArgs && isMapping(argsv) ? argsv : null;
  let ai = 0;
  let usedMapping = false;
  const next = (): PyValue => {
    if (ai >= args.length) throw pyErr(TypeError, 'not enough arguments for format string');
    return args[ai++];
  };
  let out = '';
  let i = 0;
  const n = fmt.length;
  while (i < n) {
    const p = fmt.indexOf('%', i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    i = p + 1;
    if (i >= n) throw pyErr(ValueError, 'incomplete format');
    let value: PyValue | undefined;
    if (fmt[i] === '(') {
      if (mapping === null) throw pyErr(TypeError, 'format requires a mapping');
      let depth = 1, j = i + 1;
      while (j < n && depth > 0) {
        if (fmt[j] === '(') depth++;
        else if (fmt[j] === ')') depth--;
        j++;
      }
      if (depth > 0) throw pyErr(ValueError, 'incomplete format key');
      const key = fmt.slice(i + 1, j - 1);
      const r = ops.getItem(mapping, bytesMode ? new PyBytes(latin1ToBytes(key)) : key);
      value = isPending(r) ? yield* r : r;
      usedMapping = true;
      i = j;
    }
    let flags = '';
    while (i < n && '-+ #0'.includes(fmt[i])) flags += fmt[i++];
    let width = -1;
    if (fmt[i] === '*') {
      const w = intValue(next());
      if (w === undefined) throw pyErr(TypeError, '* wants int');
      width = Number(w);
      if (width < 0) {
        flags += '-';
        width = -width;
      }
      i++;
    } else {
      const s = i;
      while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
      if (i > s) width = parseInt(fmt.slice(s, i), 10);
    }
    let prec = -1;
    if (fmt[i] === '.') {
      i++;
      if (fmt[i] === '*') {
        const pv = intValue(next());
        if (pv === undefined) throw pyErr(TypeError, '* wants int');
        prec = Math.max(0, Number(pv));
        i++;
      } else {
        const s = i;
        while (i < n && fmt[i] >= '0' && fmt[i] <= '9') i++;
        prec = i > s ? parseInt(fmt.slice(s, i), 10) : 0;
      }
    }
    while (i < n && 'hlL'.includes(fmt[i])) i++;
    if (i >= n) throw pyErr(ValueError, 'incomplete format');
    const c = fmt[i++];
    if (c === '%') {
      out += '%';
      continue;
    }
    const v = value !== undefined ? value : next();
    let body: string;
    let numeric = false;
    switch (bytesMode && 'sbrac'.includes(c) ? 'B' + (c === 'b' ? 's' : c === 'r' ? 'a' : c) : c) {
      case 'Bs':
        body = yield* bytesArg(v);
        if (prec >= 0) body = body.slice(0, prec);
        break;
      case 'Ba':
        body = asciiEscape(yield* settleStr(reprValue(v)));
        if (prec >= 0) body = body.slice(0, prec);
        break;
      case 'Bc': {
        if ((v instanceof PyBytes || v instanceof PyByteArray) && v.data.length === 1) body = String.fromCharCode(v.data[0]);
        else {
          const iv = intValue(v);
          if (iv === undefined) throw pyErr(TypeError, '%c requires an integer in range(256) or a single byte');
          if (iv < 0 || iv > 255) throw pyErr(OverflowError, '%c arg not in range(256)');
          body = String.fromCharCode(Number(iv));
        }
        break;
      }
      case 's':
        body = yield* settleStr(strOf(v));
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'r':
        body = yield* settleStr(reprValue(v));
        if (prec >= 0) body = Array.from(body).slice(0, prec).join('');
        break;
      case 'a':
        body = asciiEscape(yield* settleStr(reprValue(v)));
        if (prec >= 0) body = body.slice(0, prec);
        break;
      case 'd':
      case 'i':
      case 'u':
      case 'o':
      case 'x':
      case 'X': {
        numeric = true;
        let iv = intValue(v);
        if (iv === undefined) {
          if (v instanceof PyFloat && 'diu'.includes(c)) {
            if (!Number.isFinite(v.value)) {
              throw pyErr(v.value !== v.value ? ValueError : OverflowError, v.value !== v.value ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
            }
            const t = Math.trunc(v.value);
            iv = Number.isSafeInteger(t) ? t : BigInt(t);
          } else {
            const t = typeOf(v);
            const hook = t.lookup('diu'.includes(c) ? '__int__' : '__index__') ?? t.lookup('__index__');
            if (hook === undefined || hook === None) {
              throw pyErr(
                TypeError,
                'diu'.includes(c)
                  ? `%${c} format: a real number is required, not ${t.name}`
                  : `%${c} format: an integer is required, not ${t.name}`,
              );
            }
            const r = ops.call(hook, [v], null);
            iv = intValue(isPending(r) ? yield* r : r) as Int;
          }
        }
        body = intBody(iv, c === 'u' || c === 'i' ? 'd' : c, flags, prec);
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        numeric = true;
        let fv: number;
        if (v instanceof PyFloat) fv = v.value;
        else {
          const iv = intValue(v);
          if (iv !== undefined) fv = Number(iv);
          else {
            const t = typeOf(v);
            const hook = t.lookup('__float__') ?? t.lookup('__index__');
            if (hook === undefined || hook === None) throw pyErr(TypeError, `must be real number, not ${t.name}`);
            const r = ops.call(hook, [v], null);
            const rv = isPending(r) ? yield* r : r;
            fv = rv instanceof PyFloat ? rv.value : Number(intValue(rv) ?? NaN);
          }
        }
        const spec = (flags.includes('#') ? '#' : '') + (prec >= 0 ? '.' + prec : '.6') + c;
        body = formatFloat(Math.abs(fv), spec);
        if (fv < 0 || Object.is(fv, -0)) body = '-' + body;
        else if (flags.includes('+')) body = '+' + body;
        else if (flags.includes(' ')) body = ' ' + body;
        break;
      }
      case 'c': {
        if (typeof v === 'string') {
          if (Array.from(v).length !== 1) throw pyErr(TypeError, '%c requires int or char');
          body = v;
        } else {
          const iv = intValue(v);
          if (iv === undefined) throw pyErr(TypeError, '%c requires int or char');
          if (iv < 0 || iv > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
          body = String.fromCodePoint(Number(iv));
        }
        break;
      }
      default:
        throw pyErr(
          ValueError,
          `unsupported format character '${c}' (0x${c.charCodeAt(0).toString(16)}) at index ${i - 1}`,
        );
    }
    out += padPercent(body, width, flags, numeric);
  }
  if (ai < args.length && !usedMapping && mapping === null) {
    throw pyErr(TypeError, `not all arguments converted during ${bytesMode ? 'bytes' : 'string'} formatting`);
  }
  return out;
}

function intBody(v: Int, c: string, flags: string, prec: number): string {
  const neg = v < 0;
  const abs = neg ? -(v as number) : v;
  const base = c === 'o' ? 8 : c === 'x' || c === 'X' ? 16 : 10;
  let digits = typeof abs === 'bigint' && base === 10 ? bigDecimal(abs) : abs.toString(base);
  if (c === 'X') digits = digits.toUpperCase();
  if (prec > digits.length) digits = '0'.repeat(prec - digits.length) + digits;
  const prefix = flags.includes('#') && base !== 10 ? '0' + (c === 'o' ? 'o' : c) : '';
  const sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
  return sign + prefix + digits;
}

function padPercent(body: string, width: number, flags: string, numeric: boolean): string {
  const len = Array.from(body).length;
  if (width <= len) return body;
  const n = width - len;
  if (flags.includes('-')) return body + ' '.repeat(n);
  if (numeric && flags.includes('0')) {
    const m = /^([-+ ]?(?:0[xXo])?)(.*)$/s.exec(body)!;
    if (/^[0-9]/.test(m[2]) || m[2] === '') return m[1] + '0'.repeat(n) + m[2];
  }
  return ' '.repeat(n) + body;
}

export { formatInt, strRepr };
