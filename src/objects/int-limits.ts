// The int <-> decimal string length limit (CPython 3.11: PEP-less CVE-2020-10735 fix,
// sys.set_int_max_str_digits / sys.get_int_max_str_digits, default 4300, 0 = no limit).
// Only bigints can exceed it: a JS-number int has at most 16 digits.

import { ValueError, pyErr } from './exceptions.js';

export const intStrLimit = { maxDigits: 4300 };

/** str(v) / repr(v) of a bigint (CPython: long_to_decimal_string_internal's limit check). */
export function bigDecimal(v: bigint): string {
  const s = v.toString();
  const max = intStrLimit.maxDigits;
  if (max > 0 && s.length - (v < 0n ? 1 : 0) > max) {
    throw pyErr(ValueError, `Exceeds the limit (${max} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`);
  }
  return s;
}

/** int(s) with a decimal string of `n` digits (CPython: PyLong_FromString's limit check). */
export function checkParseDigits(n: number): void {
  const max = intStrLimit.maxDigits;
  if (max > 0 && n > max) {
    throw pyErr(
      ValueError,
      `Exceeds the limit (${max} digits) for integer string conversion: value has ${n} digits; use sys.set_int_max_str_digits() to increase the limit`,
    );
  }
}
