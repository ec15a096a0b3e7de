// repr(float) as CPython prints it: the shortest string that round-trips (JS's toExponential() with
// no argument gives exactly those digits), laid out with CPython's 'r' rules: positional notation
// for decimal exponents -4 <= e < 16 (always with a '.0' when integral), otherwise d.ddde+XX.
// CPython: float_repr -> PyOS_double_to_string(v, 'r', 0, Py_DTSF_ADD_DOT_0).

/** Shortest round-trip digits and decimal exponent of a finite non-zero |v|: v = 0.d1d2... * 10**(exp+1). */
export function shortestDigits(v: number): { digits: string; exp: number } {
  const s = Math.abs(v).toExponential();
  const e = s.indexOf('e');
  const mant = s.slice(0, e);
  return { digits: mant.length > 1 ? mant[0] + mant.slice(2) : mant, exp: parseInt(s.slice(e + 1), 10) };
}

export function floatRepr(v: number): string {
  if (v !== v) return 'nan';
  if (v === Infinity) return 'inf';
  if (v === -Infinity) return '-inf';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const { digits, exp } = shortestDigits(v);
  const sign = v < 0 ? '-' : '';
  if (exp >= -4 && exp < 16) {
    if (exp < 0) return sign + '0.' + '0'.repeat(-exp - 1) + digits;
    const intLen = exp + 1;
    if (digits.length <= intLen) return sign + digits + '0'.repeat(intLen - digits.length) + '.0';
    return sign + digits.slice(0, intLen) + '.' + digits.slice(intLen);
  }
  const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
  const ae = Math.abs(exp);
  return sign + m + 'e' + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
}
