// The text codecs str.encode / bytes.decode support: utf-8 (+ 'utf8', 'utf_8'), ascii, latin-1
// (+ 'latin1', 'iso-8859-1'), with errors='strict' | 'ignore' | 'replace' | 'backslashreplace' |
// 'surrogateescape' (decode). CPython's exception messages.

import { pyErr, LookupError, UnicodeEncodeError, UnicodeDecodeError } from './exceptions.js';
import { PyBytes } from './bytes.js';
import { strRepr } from './format/str-repr.js';

export function normEncoding(e: string): string {
  const n = e.toLowerCase().replace(/[-_ ]/g, '');
  if (n === 'utf8' || n === 'u8' || n === 'cp65001') return 'utf-8';
  if (n === 'ascii' || n === 'usascii' || n === '646') return 'ascii';
  if (n === 'latin1' || n === 'iso88591' || n === 'l1' || n === 'latin' || n === '8859' || n === 'cp819') return 'latin-1';
  throw pyErr(LookupError, `unknown encoding: ${e}`);
}

const enc = new TextEncoder();

export function encodeStr(s: string, encoding: string, errors: string): PyBytes {
  const e = normEncoding(encoding);
  if (e === 'utf-8') {
    if (!/[\ud800-\udfff]/.test(s)) return new PyBytes(enc.encode(s));
    // lone surrogates
    const out: number[] = [];
    let pos = 0;
    for (const ch of s) {
      const c = ch.codePointAt(0)!;
      if (c >= 0xd800 && c <= 0xdfff) {
        if (errors === 'surrogateescape' && c >= 0xdc80 && c <= 0xdcff) out.push(c - 0xdc00);
        else if (errors === 'ignore') {
          /* drop */
        } else if (errors === 'replace') out.push(0x3f);
        else if (errors === 'surrogatepass') out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f));
        else if (errors === 'backslashreplace') for (const b of enc.encode(`\\u${c.toString(16)}`)) out.push(b);
        else {
          throw pyErr(UnicodeEncodeError, `'utf-8' codec can't encode character ${esc(c)} in position ${pos}: surrogates not allowed`);
        }
      } else for (const b of enc.encode(ch)) out.push(b);
      pos++;
    }
    return new PyBytes(Uint8Array.from(out));
  }
  const limit = e === 'ascii' ? 0x80 : 0x100;
  const out: number[] = [];
  let pos = 0;
  const cps = Array.from(s);
  for (const ch of cps) {
    const c = ch.codePointAt(0)!;
    if (c < limit) out.push(c);
    else if (errors === 'ignore') {
      /* drop */
    } else if (errors === 'replace') out.push(0x3f);
    else if (errors === 'backslashreplace') {
      const r = c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`;
      for (let i = 0; i < r.length; i++) out.push(r.charCodeAt(i));
    } else if (errors === 'xmlcharrefreplace') {
      const r = `&#${c};`;
      for (let i = 0; i < r.length; i++) out.push(r.charCodeAt(i));
    } else {
      let end = pos + 1;
      while (end < cps.length && cps[end].codePointAt(0)! >= limit) end++;
      const name = e === 'ascii' ? 'ascii' : 'latin-1';
      const what = end - pos > 1 ? `characters in position ${pos}-${end - 1}` : `character ${esc(c)} in position ${pos}`;
      throw pyErr(UnicodeEncodeError, `'${name}' codec can't encode ${what}: ordinal not in range(${limit})`);
    }
    pos++;
  }
  return new PyBytes(Uint8Array.from(out));
}

function esc(c: number): string {
  // CPython prints the character as repr would escape it: '\xe9', '\u4e2d', '\ud800'
  const h = c.toString(16);
  return c < 0x100 ? `'\\x${h.padStart(2, '0')}'` : c < 0x10000 ? `'\\u${h.padStart(4, '0')}'` : `'\\U${h.padStart(8, '0')}'`;
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const e = normEncoding(encoding);
  if (e === 'latin-1') {
    let s = '';
    for (let i = 0; i < b.length; i += 8192) s += String.fromCharCode(...b.subarray(i, i + 8192));
    return s;
  }
  if (e === 'ascii') {
    let s = '';
    for (let i = 0; i < b.length; i++) {
      const c = b[i];
      if (c < 0x80) s += String.fromCharCode(c);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') s += '\ufffd';
      else if (errors === 'surrogateescape') s += String.fromCharCode(0xdc00 + c);
      else if (errors === 'backslashreplace') s += '\\x' + c.toString(16).padStart(2, '0');
      else {
        throw pyErr(UnicodeDecodeError, `'ascii' codec can't decode byte 0x${c.toString(16).padStart(2, '0')} in position ${i}: ordinal not in range(128)`);
      }
    }
    return s;
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(b);
  } catch {
    return decodeUtf8Slow(b, errors);
  }
}

/** utf-8 with error handling, byte by byte (CPython's messages). */
function decodeUtf8Slow(b: Uint8Array, errors: string): string {
  let s = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    let need = 0, cp = 0, min = 0;
    if (c < 0x80) {
      s += String.fromCharCode(c);
      i++;
      continue;
    } else if (c >= 0xc2 && c <= 0xdf) {
      need = 1; cp = c & 0x1f; min = 0x80;
    } else if (c >= 0xe0 && c <= 0xef) {
      need = 2; cp = c & 0x0f; min = 0x800;
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3; cp = c & 0x07; min = 0x10000;
    } else {
      s += bad(b, i, i + 1, 'invalid start byte', errors);
      i++;
      continue;
    }
    let j = 1;
    for (; j <= need; j++) {
      const d = b[i + j];
      if (d === undefined) break;
      if ((d & 0xc0) !== 0x80) break;
      cp = (cp << 6) | (d & 0x3f);
    }
    if (j <= need) {
      const end = i + j;
      const reason = b[i + j] === undefined ? 'unexpected end of data' : 'invalid continuation byte';
      s += bad(b, i, end, reason, errors);
      i = end === i ? i + 1 : end;
      continue;
    }
    if (cp < min || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) {
      s += bad(b, i, i + 1, 'invalid continuation byte', errors);
      i++;
      continue;
    }
    s += String.fromCodePoint(cp);
    i += need + 1;
  }
  return s;
}

function bad(b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '\ufffd';
  if (errors === 'surrogateescape') {
    let s = '';
    for (let k = start; k < end; k++) s += String.fromCharCode(0xdc00 + b[k]);
    return s;
  }
  if (errors === 'backslashreplace') {
    let s = '';
    for (let k = start; k < end; k++) s += '\\x' + b[k].toString(16).padStart(2, '0');
    return s;
  }
  const pos = end - start > 1 ? `position ${start}-${end - 1}` : `position ${start}`;
  const what = end - start > 1 ? "can't decode bytes in" : `can't decode byte 0x${b[start].toString(16).padStart(2, '0')} in`;
  throw pyErr(UnicodeDecodeError, `'utf-8' codec ${what} ${pos}: ${reason}`);
}

export { strRepr };
