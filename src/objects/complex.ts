// complex: PyComplex (re, im as JS numbers), minimal: construction, arithmetic with int/float/complex,
// abs, conjugate, ==, hash, repr as CPython ('(1+2j)', '1j', '(-0+1j)'). CPython: Objects/complexobject.c.

import { PyObject, type KwArgs, type NativeResult, type PyValue } from './object.js';
import type { PyType } from './type.js';
import { builtinType, None, NotImplemented, typeOf } from './builtin-types.js';
import { pyErr, TypeError, ValueError, ZeroDivisionError, OverflowError } from './exceptions.js';
import { nativeMethod, nativeFunction, methodTable } from './native.js';
import { defineGetSet } from './descriptors.js';
import { PyFloat } from './float.js';
import { intValue, intToFloat } from './int.js';
import { floatHash } from './hash.js';
import { floatRepr } from './format/float-repr.js';
import { strValue } from './str.js';
import { complexHook, parseFloatLiteral } from './float-methods.js';
import { libmPow } from './libm-pow.js';

export const complexType = builtinType('complex');

export class PyComplex extends PyObject {
  constructor(public re: number, public im: number, type: PyType = complexType) {
    super(type);
  }
}

complexType.alloc = (t) => new PyComplex(0, 0, t);

/** A complex/float/int operand as [re, im]; undefined for other types. */
function operand(v: PyValue): [number, number] | undefined {
  if (v instanceof PyComplex) return [v.re, v.im];
  if (v instanceof PyFloat) return [v.value, 0];
  const i = intValue(v);
  return i === undefined ? undefined : [intToFloat(i), 0];
}

function part(x: number): string {
  const r = floatRepr(x);
  return r.endsWith('.0') ? r.slice(0, -2) : r;
}

export function complexRepr(re: number, im: number): string {
  if (re === 0 && !Object.is(re, -0)) return part(im) + 'j';
  const sign = im < 0 || Object.is(im, -0) || (im !== im && false) ? '-' : '+';
  return `(${part(re)}${sign}${part(Math.abs(im))}j)`;
}

function div(a: [number, number], b: [number, number]): PyComplex {
  const [ar, ai] = a, [br, bi] = b;
  if (br === 0 && bi === 0) throw pyErr(ZeroDivisionError, 'complex division by zero');
  // CPython: Smith's algorithm
  if (Math.abs(br) >= Math.abs(bi)) {
    const ratio = bi / br, denom = br + bi * ratio;
    return new PyComplex((ar + ai * ratio) / denom, (ai - ar * ratio) / denom);
  }
  const ratio = br / bi, denom = br * ratio + bi;
  return new PyComplex((ar * ratio + ai) / denom, (ai * ratio - ar) / denom);
}

function cpow(a: [number, number], b: [number, number]): PyComplex {
  const [ar, ai] = a, [br, bi] = b;
  if (br === 0 && bi === 0) return new PyComplex(1, 0);
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) throw pyErr(ZeroDivisionError, '0.0 to a negative or complex power');
    return new PyComplex(0, 0);
  }
  const vabs = Math.hypot(ar, ai);
  let len = libmPow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  const r = new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
  if (!Number.isFinite(r.re) || !Number.isFinite(r.im)) throw pyErr(OverflowError, 'complex exponentiation');
  return r;
}

complexHook.pow = (x, y) => cpow([x, 0], [y, 0]);

const m = (name: string, fn: (args: PyValue[], kwargs: KwArgs) => NativeResult) => nativeMethod('complex', name, fn);

function bin(name: string, f: (a: [number, number], b: [number, number]) => PyValue, reflected = false) {
  return m(name, (args) => {
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    const a = operand(args[0])!;
    return reflected ? f(b, a) : f(a, b);
  });
}

function parseComplex(s: string): [number, number] {
  const t = s.trim().replace(/^\((.*)\)$/, '$1').trim();
  const bad = () => pyErr(ValueError, 'complex() arg is a malformed string');
  const num = '(?:[+-]?(?:\\d(?:_?\\d)*(?:\\.(?:\\d(?:_?\\d)*)?)?|\\.\\d(?:_?\\d)*)(?:[eE][+-]?\\d(?:_?\\d)*)?|[+-]?(?:inf|infinity|nan))';
  let mm = new RegExp(`^(${num})$`, 'i').exec(t);
  if (mm) return [parseFloatLiteral(mm[1])!, 0];
  mm = new RegExp(`^(${num})?([+-])?(${num.slice(3, -1)})?j$`, 'i').exec(t);
  if (!mm) {
    mm = new RegExp(`^(${num})?([+-])j$`, 'i').exec(t);
    if (!mm) throw bad();
    return [mm[1] ? parseFloatLiteral(mm[1])! : 0, mm[2] === '-' ? -1 : 1];
  }
  if (mm[1] !== undefined && mm[2] === undefined && mm[3] === undefined) return [0, parseFloatLiteral(mm[1])!];
  const im = mm[3] === undefined ? 1 : parseFloatLiteral(mm[3])!;
  return [mm[1] ? parseFloatLiteral(mm[1])! : 0, mm[2] === '-' ? -im : im];
}

complexType.define(methodTable('complex', {
  __new__: nativeFunction('__new__', (args, kwargs) => {
    const cls = args[0] as PyType;
    let real: PyValue | undefined = args[1], imag: PyValue | undefined = args[2];
    if (kwargs) {
      if (kwargs.has('real')) real = kwargs.get('real');
      if (kwargs.has('imag')) imag = kwargs.get('imag');
    }
    if (real === undefined) return new PyComplex(0, imag === undefined ? 0 : operand(imag)?.[0] ?? 0, cls);
    const s = strValue(real);
    if (s !== undefined) {
      if (imag !== undefined) throw pyErr(TypeError, "complex() can't take second arg if first is a string");
      const [re, im] = parseComplex(s);
      return new PyComplex(re, im, cls);
    }
    const a = operand(real);
    if (a === undefined) throw pyErr(TypeError, `complex() first argument must be a string or a number, not '${typeOf(real).name}'`);
    let b: [number, number] = [0, 0];
    if (imag !== undefined) {
      const o = operand(imag);
      if (o === undefined) throw pyErr(TypeError, `complex() second argument must be a number, not '${typeOf(imag).name}'`);
      b = o;
    }
    return new PyComplex(a[0] - b[1], a[1] + b[0], cls);
  }),
  __add__: bin('__add__', (a, b) => new PyComplex(a[0] + b[0], a[1] + b[1])),
  __radd__: bin('__radd__', (a, b) => new PyComplex(a[0] + b[0], a[1] + b[1]), true),
  __sub__: bin('__sub__', (a, b) => new PyComplex(a[0] - b[0], a[1] - b[1])),
  __rsub__: bin('__rsub__', (a, b) => new PyComplex(a[0] - b[0], a[1] - b[1]), true),
  __mul__: bin('__mul__', (a, b) => new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0])),
  __rmul__: bin('__rmul__', (a, b) => new PyComplex(a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]), true),
  __truediv__: bin('__truediv__', div),
  __rtruediv__: bin('__rtruediv__', div, true),
  __pow__: (args) => {
    if (args.length > 2 && args[2] !== None) throw pyErr(ValueError, 'complex modulo');
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    return cpow(operand(args[0])!, b);
  },
  __rpow__: bin('__rpow__', cpow, true),
  __neg__: (args) => new PyComplex(-(args[0] as PyComplex).re, -(args[0] as PyComplex).im),
  __pos__: (args) => new PyComplex((args[0] as PyComplex).re, (args[0] as PyComplex).im),
  __abs__: (args) => {
    const r = Math.hypot((args[0] as PyComplex).re, (args[0] as PyComplex).im);
    if (!Number.isFinite(r) && Number.isFinite((args[0] as PyComplex).re) && Number.isFinite((args[0] as PyComplex).im)) {
      throw pyErr(OverflowError, 'absolute value too large');
    }
    return new PyFloat(r);
  },
  __bool__: (args) => (args[0] as PyComplex).re !== 0 || (args[0] as PyComplex).im !== 0,
  __eq__: (args) => {
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    const a = args[0] as PyComplex;
    return a.re === b[0] && a.im === b[1];
  },
  __ne__: (args) => {
    const b = operand(args[1]);
    if (b === undefined) return NotImplemented;
    const a = args[0] as PyComplex;
    return !(a.re === b[0] && a.im === b[1]);
  },
  __hash__: (args) => {
    const a = args[0] as PyComplex;
    const hr = BigInt(floatHash(a.re)), hi = BigInt(floatHash(a.im));
    let h = BigInt.asIntN(64, hr + 1000003n * hi);
    if (h === -1n) h = -2n;
    return h >= -(2n ** 53n) + 1n && h <= 2n ** 53n - 1n ? Number(h) : h;
  },
  __repr__: (args) => complexRepr((args[0] as PyComplex).re, (args[0] as PyComplex).im),
  conjugate: (args) => new PyComplex((args[0] as PyComplex).re, -(args[0] as PyComplex).im),
}));

defineGetSet(complexType, 'real', (o) => new PyFloat((o as PyComplex).re));
defineGetSet(complexType, 'imag', (o) => new PyFloat((o as PyComplex).im));
