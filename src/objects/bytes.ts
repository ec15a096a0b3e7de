// bytes and bytearray: PyBytes (immutable) and PyByteArray (mutable), both over a Uint8Array-backed
// JS array of byte values. Methods live in bytes-methods.ts.

import { PyObject } from './object.js';
import type { PyType } from './type.js';
import { builtinType } from './builtin-types.js';

export const bytesType = builtinType('bytes');
export const bytearrayType = builtinType('bytearray');

export class PyBytes extends PyObject {
  data: Uint8Array;
  constructor(data: Uint8Array, type: PyType = bytesType) {
    super(type);
    this.data = data;
  }
}

export class PyByteArray extends PyObject {
  /** Live bytes; may be replaced on resize. */
  data: Uint8Array;
  constructor(data: Uint8Array, type: PyType = bytearrayType) {
    super(type);
    this.data = data;
  }
}

bytesType.alloc = (t) => new PyBytes(new Uint8Array(0), t);
bytearrayType.alloc = (t) => new PyByteArray(new Uint8Array(0), t);

export function pyBytes(data: Uint8Array | number[]): PyBytes {
  return new PyBytes(data instanceof Uint8Array ? data : Uint8Array.from(data));
}

/** The bytes of a bytes-like object (bytes, bytearray), or undefined. */
export function bytesData(v: unknown): Uint8Array | undefined {
  if (v instanceof PyBytes || v instanceof PyByteArray) return v.data;
  return undefined;
}

/** Latin-1 view of bytes as a JS string (one char per byte): fast search/split helpers use it. */
export function bytesToLatin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
  return s;
}

export function latin1ToBytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
