// Test helpers: drive a native's result without a VM, and a minimal Python repr of builtin values
// (enough to compare with expectations printed by CPython).
import { type NativeResult, type PyValue, isPending } from '../../src/objects/object.js';
import { PyFloat, pyFloat } from '../../src/objects/float.js';
import { PyTuple } from '../../src/objects/tuple.js';
import { PyList } from '../../src/objects/list.js';
import { PyBaseException } from '../../src/objects/exceptions.js';
import { None } from '../../src/objects/builtin-types.js';

/** Drive a NativeResult to its value; a Suspend (VM needed) fails the test. */
export function drive(r: NativeResult): PyValue {
  if (!isPending(r)) return r;
  const s = r.next();
  if (!s.done) throw new Error(`native suspended: ${JSON.stringify(s.value.op)}`);
  return s.value;
}

/** Python's float repr (shortest round-trip digits, CPython's exponent thresholds). */
export function floatRepr(x: number): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
  const [m, e] = x.toExponential().split('e');
  const exp = Number(e);
  const neg = m.startsWith('-');
  const digits = m.replace('-', '').replace('.', '');
  let s: string;
  if (exp >= -4 && exp < 16) {
    if (exp < 0) s = '0.' + '0'.repeat(-exp - 1) + digits;
    else if (digits.length <= exp + 1) s = digits + '0'.repeat(exp + 1 - digits.length) + '.0';
    else s = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  } else {
    s = digits[0] + (digits.length > 1 ? '.' + digits.slice(1) : '') + 'e' + (exp < 0 ? '-' : '+') + String(Math.abs(exp)).padStart(2, '0');
  }
  return neg ? '-' + s : s;
}

export function repr(v: PyValue): string {
  if (typeof v === 'boolean') return v ? 'True' : 'False';
  if (typeof v === 'number' || typeof v === 'bigint') return String(v);
  if (typeof v === 'string') return `'${v}'`;
  if (v instanceof PyFloat) return floatRepr(v.value);
  if (v instanceof PyTuple) return v.items.length === 1 ? `(${repr(v.items[0])},)` : `(${v.items.map(repr).join(', ')})`;
  if (v instanceof PyList) return `[${v.items.map(repr).join(', ')}]`;
  if (v === None) return 'None';
  return `<${v.type.name}>`;
}

/** Decode an argument written by a gen-*.py script: {i: "123"} int, {f: "1.5"} float, lists as tuples. */
export function decodeArg(a: any): PyValue {
  if (a === null) return None;
  if (Array.isArray(a)) return new PyTuple(a.map(decodeArg));
  if (a !== null && typeof a === 'object') {
    if ('list' in a) return new PyList(a.list.map(decodeArg));
    if ('i' in a) {
      const b = BigInt(a.i);
      return b >= -(2n ** 53n - 1n) && b <= 2n ** 53n - 1n ? Number(b) : b;
    }
    if ('f' in a) return pyFloat(a.f === 'inf' ? Infinity : a.f === '-inf' ? -Infinity : a.f === 'nan' ? NaN : Number(a.f));
  }
  return a as PyValue;
}

/** Run fn and describe its outcome like the gen scripts do: ['v', repr, type] or ['E', type, message]. */
export function outcome(fn: () => NativeResult): [string, string, string] {
  try {
    const v = drive(fn());
    const t = typeof v === 'boolean' ? 'bool' : typeof v === 'number' || typeof v === 'bigint' ? 'int' : typeof v === 'string' ? 'str' : v.type.name;
    return ['v', repr(v), t];
  } catch (e) {
    if (e instanceof PyBaseException) return ['E', e.type.name, String(e.args[0] ?? '')];
    throw e;
  }
}
