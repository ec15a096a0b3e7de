// The format-spec mini-language (CPython: Python/formatter_unicode.c):
//   [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]
// formatInt / formatFloat / formatStr implement int/float/str.__format__ with CPython's errors.
// Float digits come from float-digits.ts (correct rounding) and float-repr.ts (shortest repr).

import { bigDecimal } from '../int-limits.js';
import { pyErr, ValueError, OverflowError } from '../exceptions.js';
import type { Int } from '../int.js';
import { floatRepr, shortestDigits } from './float-repr.js';
import { toFixedExact, toPrecisionExact } from './float-digits.js';

export interface Spec {
  fill: string;
  align: string; // '' = default
  sign: string; // '' | '+' | '-' | ' '
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string; // '' | ',' | '_'
  precision: number; // -1 = none
  type: string; // '' = none
}

function cpLen(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff) n++;
  }
  return n;
}

export function parseSpec(spec: string, typeName: string): Spec {
  const r: Spec = { fill: ' ', align: '', sign: '', z: false, alt: false, zero: false, width: -1, grouping: '', precision: -1, type: '' };
  let i = 0;
  const cp0 = spec.codePointAt(0);
  const w0 = cp0 !== undefined && cp0 > 0xffff ? 2 : 1;
  const isAlign = (c: string | undefined) => c === '<' || c === '>' || c === '=' || c === '^';
  if (spec.length > w0 && isAlign(spec[w0])) {
    r.fill = spec.slice(0, w0);
    r.align = spec[w0];
    i = w0 + 1;
  } else if (isAlign(spec[0])) {
    r.align = spec[0];
    i = 1;
  }
  if (spec[i] === '+' || spec[i] === '-' || spec[i] === ' ') r.sign = spec[i++];
  if (spec[i] === 'z') {
    r.z = true;
    i++;
  }
  if (spec[i] === '#') {
    r.alt = true;
    i++;
  }
  if (spec[i] === '0') {
    r.zero = true;
    if (!r.align) {
      r.fill = '0';
      r.align = '=';
    }
    i++;
  }
  let j = i;
  while (j < spec.length && spec[j] >= '0' && spec[j] <= '9') j++;
  if (j > i) r.width = parseInt(spec.slice(i, j), 10);
  i = j;
  if (spec[i] === ',' || spec[i] === '_') {
    r.grouping = spec[i++];
    if (spec[i] === ',' || spec[i] === '_') throw pyErr(ValueError, "Cannot specify both ',' and '_'.");
  }
  if (spec[i] === '.') {
    i++;
    j = i;
    while (j < spec.length && spec[j] >= '0' && spec[j] <= '9') j++;
    if (j === i) throw pyErr(ValueError, 'Format specifier missing precision');
    r.precision = parseInt(spec.slice(i, j), 10);
    i = j;
  }
  if (spec.length - i > 1) throw pyErr(ValueError, `Invalid format specifier '${spec}' for object of type '${typeName}'`);
  if (i < spec.length) r.type = spec[i];
  if (r.grouping) {
    const t = r.type;
    const ok = r.grouping === ',' ? 'deEfFgG%' : 'deEfFgG%boxX';
    if (t !== '' && !ok.includes(t)) throw pyErr(ValueError, `Cannot specify '${r.grouping}' with '${t}'.`);
  }
  return r;
}

/** Pad `body` (sign/prefix `pre` + digits `num`) to the spec's width. */
function pad(pre: string, num: string, s: Spec, defaultAlign: string): string {
  const total = cpLen(pre) + cpLen(num);
  if (s.width <= total) return pre + num;
  const n = s.width - total;
  const fill = s.fill;
  switch (s.align || defaultAlign) {
    case '<':
      return pre + num + fill.repeat(n);
    case '^': {
      const left = n >> 1;
      return fill.repeat(left) + pre + num + fill.repeat(n - left);
    }
    case '=':
      return pre + fill.repeat(n) + num;
    default:
      return fill.repeat(n) + pre + num;
  }
}

/** Insert a separator every `every` digits from the right of a digit string. */
export function group(digits: string, sep: string, every: number): string {
  if (!sep || digits.length <= every) return digits;
  let out = '';
  let k = digits.length % every || every;
  out = digits.slice(0, k);
  for (; k < digits.length; k += every) out += sep + digits.slice(k, k + every);
  return out;
}

/** Grouped digits, zero-padded (inside the grouping) to at least `minLen` characters (CPython does this for '0' + ','). */
function groupPadded(digits: string, sep: string, every: number, minLen: number): string {
  let g = group(digits, sep, every);
  if (!sep) return g.length < minLen ? g.padStart(minLen, '0') : g;
  while (g.length < minLen) {
    digits = '0' + digits;
    g = group(digits, sep, every);
  }
  return g;
}

function signOf(neg: boolean, s: Spec): string {
  return neg ? '-' : s.sign === '+' ? '+' : s.sign === ' ' ? ' ' : '';
}

/** int.__format__ (CPython: format_long_internal). `floatFallback` formats float types. */
export function formatInt(v: Int | boolean, spec: string, typeName = 'int'): string {
  const n: Int = typeof v === 'boolean' ? (v ? 1 : 0) : v;
  if (spec === '') return typeof n === 'bigint' ? bigDecimal(n) : String(n);
  const s = parseSpec(spec, typeName);
  const t = s.type || 'd';
  if ('eEfFgG%'.includes(t)) return formatFloatSpec(Number(n), s, typeName);
  if (!'bcdoxXn'.includes(t)) {
    throw pyErr(ValueError, `Unknown format code '${t}' for object of type '${typeName}'`);
  }
  if (s.precision >= 0) throw pyErr(ValueError, 'Precision not allowed in integer format specifier');
  if (t === 'c') {
    if (s.sign) throw pyErr(ValueError, "Sign not allowed with integer format specifier 'c'");
    if (s.alt) throw pyErr(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'");
    if (typeof n === 'bigint') throw pyErr(OverflowError, 'Python int too large to convert to C long');
    if (n < 0 || n > 0x10ffff) throw pyErr(OverflowError, '%c arg not in range(0x110000)');
    return pad('', String.fromCodePoint(Number(n)), s, '<');
  }
  const neg = n < 0;
  const abs = neg ? -(n as number) : n;
  const base = t === 'b' ? 2 : t === 'o' ? 8 : t === 'x' || t === 'X' ? 16 : 10;
  let digits = typeof abs === 'bigint' && base === 10 ? bigDecimal(abs) : abs.toString(base);
  if (t === 'X') digits = digits.toUpperCase();
  const prefix = s.alt && base !== 10 ? '0' + (t === 'b' ? 'b' : t === 'o' ? 'o' : t) : '';
  const pre = signOf(neg, s) + prefix;
  const every = base === 10 ? 3 : 4;
  if (s.zero && s.fill === '0' && s.align === '=' && s.grouping) {
    return pre + groupPadded(digits, s.grouping, every, s.width - pre.length);
  }
  return pad(pre, group(digits, s.grouping, every), s, '>');
}

/** Strip trailing zeros (and a bare point) from a fixed or mantissa string. */
function stripZeros(x: string): string {
  if (!x.includes('.')) return x;
  return x.replace(/\.?0+$/, '');
}

function expStr(e: number): string {
  const a = Math.abs(e);
  return (e < 0 ? '-' : '+') + (a < 10 ? '0' : '') + a;
}

/** |x| formatted (no sign) for a float type; CPython: PyOS_double_to_string. */
function floatBody(x: number, t: string, prec: number, alt: boolean): string {
  const ax = Math.abs(x);
  switch (t) {
    case 'f':
    case 'F':
    case '%': {
      const r = toFixedExact(ax, prec);
      return alt && prec === 0 ? r + '.' : r;
    }
    case 'e':
    case 'E': {
      const [d, e] = toPrecisionExact(ax, prec + 1);
      const m = prec === 0 ? d + (alt ? '.' : '') : d[0] + '.' + d.slice(1);
      return m + (t === 'E' ? 'E' : 'e') + expStr(e);
    }
    default: {
      // 'g' / 'G' / 'n' / '' with precision
      const p = prec === 0 ? 1 : prec;
      const [d, e] = toPrecisionExact(ax, p);
      let out: string;
      // CPython: '' with a precision switches to exponent one digit earlier (Py_DTSF_ADD_DOT_0)
      if (e >= -4 && e < (t === '' ? p - 1 : p)) {
        // fixed notation with p significant digits
        if (e >= 0) out = d.slice(0, e + 1) + (p > e + 1 ? '.' + d.slice(e + 1) : '');
        else out = '0.' + '0'.repeat(-e - 1) + d;
        if (!alt) out = stripZeros(out);
        else if (!out.includes('.')) out += '.';
        if (t === '' && !out.includes('.')) out += '.0';
      } else {
        let m = d.length > 1 ? d[0] + '.' + d.slice(1) : d;
        if (!alt) m = stripZeros(m);
        else if (!m.includes('.')) m += '.';
        out = m + (t === 'G' ? 'E' : 'e') + expStr(e);
      }
      return out;
    }
  }
}

export function formatFloat(x: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(x);
  return formatFloatSpec(x, parseSpec(spec, typeName), typeName);
}

function formatFloatSpec(x: number, s: Spec, typeName: string): string {
  const t = s.type;
  if (t !== '' && !'eEfFgGn%'.includes(t)) {
    throw pyErr(ValueError, `Unknown format code '${t}' for object of type '${typeName}'`);
  }
  let neg = x < 0 || Object.is(x, -0);
  let body: string;
  const upper = t === 'E' || t === 'F' || t === 'G';
  if (x !== x || !Number.isFinite(x)) {
    body = x !== x ? 'nan' : 'inf';
    if (upper) body = body.toUpperCase();
    neg = x === -Infinity;
    if (t === '%') body += '%';
  } else if (t === '' && s.precision < 0) {
    body = floatRepr(Math.abs(x));
    if (s.alt && !body.includes('.')) body = body.replace(/e/, '.e');
  } else {
    const prec = s.precision < 0 ? 6 : s.precision;
    const tt = t === 'n' ? 'g' : t;
    body = floatBody(t === '%' ? x * 100 : x, tt, prec, s.alt);
    if (t === '%') body += '%';
    if (s.z && neg && !/[1-9]/.test(body.replace(/[eE][+-]\d+$/, ''))) neg = false;
  }
  // grouping applies to the integer part
  let intPart = body, rest = '';
  const k = body.search(/[.eE%]/);
  if (k >= 0) {
    intPart = body.slice(0, k);
    rest = body.slice(k);
  }
  const pre = signOf(neg, s);
  if (s.zero && s.fill === '0' && s.align === '=' && /^\d+$/.test(intPart)) {
    return pre + groupPadded(intPart, s.grouping, 3, s.width - pre.length - rest.length) + rest;
  }
  return pad(pre, (/^\d+$/.test(intPart) ? group(intPart, s.grouping, 3) : intPart) + rest, s, '>');
}

/** str.__format__ (CPython: format_string_internal). */
export function formatStr(v: string, spec: string): string {
  if (spec === '') return v;
  const s = parseSpec(spec, 'str');
  if (s.type !== '' && s.type !== 's') throw pyErr(ValueError, `Unknown format code '${s.type}' for object of type 'str'`);
  if (s.sign) throw pyErr(ValueError, `${s.sign === ' ' ? 'Space' : 'Sign'} not allowed in string format specifier`);
  if (s.alt) throw pyErr(ValueError, 'Alternate form (#) not allowed in string format specifier');
  if (s.align === '=' && !s.zero) throw pyErr(ValueError, "'=' alignment not allowed in string format specifier");
  if (s.grouping) throw pyErr(ValueError, `Cannot specify '${s.grouping}' with 's'.`);
  let body = v;
  if (s.precision >= 0 && cpLen(body) > s.precision) body = Array.from(body).slice(0, s.precision).join('');
  if (s.zero && s.align === '=') s.align = '<';
  return pad('', body, s, '<');
}

export { shortestDigits };
