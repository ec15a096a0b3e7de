// String and bytes literals: splitting a literal token into prefix / quotes / body, decoding backslash
// escapes (CPython: Parser/string_parser.c decode_unicode_with_escapes, _PyBytes_DecodeEscape), and
// turning a run of adjacent literals into a Constant or (if any piece is an f-string) a JoinedStr.
import type { Constant, Expr, JoinedStr, Position } from './ast.js';
import type { Token } from './tokenizer.js';
import { FStringBuilder } from './fstring.js';
import { stringError as errorAt } from './context.js';
import { lookupName } from './unicode-name.js';

/** On a str Constant whose first literal has the `u` prefix: CPython's Constant.kind == 'u'. A symbol
 * key, so it stays out of JSON and the compiler's way. */
export const U_PREFIX = Symbol('u-prefix');

export interface Piece {
  tok: Token;
  raw: boolean;
  bytes: boolean;
  f: boolean;
  /** Index in the token text where the body starts (after prefix and opening quotes). */
  bodyStart: number;
  body: string;
}

export function splitPiece(tok: Token): Piece {
  const text = tok.value;
  let i = 0;
  while (text[i] !== '"' && text[i] !== "'") i++;
  const prefix = text.slice(0, i).toLowerCase();
  const q = text.startsWith(text[i].repeat(3), i) && text.length >= i + 6 ? 3 : 1;
  return {
    tok, raw: prefix.includes('r'), bytes: prefix.includes('b'), f: prefix.includes('f'),
    bodyStart: i + q, body: text.slice(i + q, text.length - q),
  };
}

const SIMPLE: Record<string, string> = {
  '\n': '', '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v',
};

/** Decode the escapes of a (non-raw) str literal body. Unknown escapes stay as written. */
export function decodeEscapes(s: string, tok: Position, bytes = false): string {
  if (s.indexOf('\\') < 0) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\') { out += c; continue; }
    const n = s[++i];
    if (n === undefined) { out += '\\'; break; }
    const simple = SIMPLE[n];
    if (simple !== undefined) { out += simple; continue; }
    if (n >= '0' && n <= '7') {
      let j = i, v = 0;
      while (j < i + 3 && s[j] >= '0' && s[j] <= '7') v = v * 8 + (s.charCodeAt(j++) - 48);
      i = j - 1;
      out += String.fromCodePoint(bytes ? v & 0xff : v);
      continue;
    }
    const hexLen = n === 'x' ? 2 : bytes ? 0 : n === 'u' ? 4 : n === 'U' ? 8 : 0;
    if (hexLen) {
      const h = s.slice(i + 1, i + 1 + hexLen);
      if (h.length < hexLen || !/^[0-9a-fA-F]+$/.test(h)) {
        const what = bytes ? `invalid \\x escape at position ${i - 1}` : `(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + h.replace(/[^0-9a-fA-F].*/, '').length}: truncated \\${n}${'X'.repeat(hexLen)} escape`;
        throw errorAt(bytes ? `(value error) ${what}` : what, tok);
      }
      const cp = parseInt(h, 16);
      if (cp > 0x10ffff) throw errorAt(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${i - 1}-${i + hexLen}: illegal Unicode character`, tok);
      out += String.fromCodePoint(cp);
      i += hexLen;
      continue;
    }
    if (n === 'N' && !bytes) {
      // \N{name} (CPython: unicode-escape's name lookup). Positions count from the backslash in the body.
      const close = s[i + 1] === '{' ? s.indexOf('}', i + 2) : -1;
      if (close < 0 || close === i + 2) {
        const end = s[i + 1] !== '{' ? i : close < 0 && i + 2 < s.length ? s.length - 1 : i + 1;
        throw errorAt(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos(s, i - 1)}-${pos(s, end)}: malformed \\N character escape`, tok);
      }
      const cp = lookupName(s.slice(i + 2, close));
      if (cp === undefined) {
        throw errorAt(`(unicode error) 'unicodeescape' codec can't decode bytes in position ${pos(s, i - 1)}-${pos(s, close)}: unknown Unicode character name`, tok);
      }
      out += String.fromCodePoint(cp);
      i = close;
      continue;
    }
    out += '\\' + n;
  }
  return out;
}

/** CPython reports escape positions in the literal body after it has rewritten every non-ASCII
 * character as a 10-char `\U%08x` escape (Parser/string_parser.c decode_unicode_with_escapes). */
function pos(s: string, i: number): number {
  let n = 0;
  for (let k = 0; k < i; k++) {
    const c = s.charCodeAt(k);
    if (c < 0x80) n++;
    else { n += 10; if (c >= 0xd800 && c < 0xdc00) k++; }
  }
  return n;
}

/** atom: STRING+ — adjacent literals merged by the tokenizer into one token with `strs`. */
export function stringAtom(tok: Token): Expr {
  const pieces = (tok.strs ?? [tok]).map(splitPiece);
  const anyBytes = pieces.some((p) => p.bytes);
  if (anyBytes && !pieces.every((p) => p.bytes)) throw errorAt('cannot mix bytes and nonbytes literals', tok);
  const pos = { lineno: tok.lineno, col_offset: tok.col_offset, end_lineno: tok.end_lineno, end_col_offset: tok.end_col_offset };
  if (anyBytes) {
    let s = '';
    for (const p of pieces) {
      if (/[^\x00-\x7f]/.test(p.body)) throw errorAt('bytes can only contain ASCII literal characters', p.tok);
      s += p.raw ? p.body : decodeEscapes(p.body, p.tok, true);
    }
    const value = new Uint8Array(s.length);
    for (let i = 0; i < s.length; i++) value[i] = s.charCodeAt(i);
    return { kind: 'Constant', value: { kind: 'bytes', value }, ...pos } as Constant;
  }
  if (!pieces.some((p) => p.f)) {
    let s = '';
    for (const p of pieces) s += p.raw ? p.body : decodeEscapes(p.body, p.tok);
    const c: Constant = { kind: 'Constant', value: { kind: 'str', value: s }, ...pos };
    return tok.value[0] === 'u' ? { ...c, [U_PREFIX]: 'u' } as Constant : c;
  }
  const b = new FStringBuilder(pos);
  for (const p of pieces) {
    if (p.f) b.fstring(p);
    else b.literal(p.raw ? p.body : decodeEscapes(p.body, p.tok));
  }
  return b.finish() as JoinedStr;
}
